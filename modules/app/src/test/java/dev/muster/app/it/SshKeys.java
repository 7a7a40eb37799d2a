package dev.muster.app.it;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

/** Real OpenSSH public key lines made with the JDK, for tests (public halves only; nothing is stored). */
public final class SshKeys {

    private SshKeys() {
    }

    public static String ed25519(String comment) {
        try {
            byte[] x509 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
            byte[] raw = Arrays.copyOfRange(x509, x509.length - 32, x509.length);
            return line("ssh-ed25519", blob(out -> {
                string(out, "ssh-ed25519".getBytes(StandardCharsets.US_ASCII));
                string(out, raw);
            }), comment);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String rsa(int bits, String comment) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
            return line("ssh-rsa", blob(out -> {
                string(out, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
                string(out, key.getPublicExponent().toByteArray());
                string(out, key.getModulus().toByteArray());
            }), comment);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What {@code ssh-keygen -lf} prints for a key line. */
    public static String fingerprint(String line) {
        try {
            byte[] blob = Base64.getDecoder().decode(line.split(" ")[1]);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(blob));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] blob(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void string(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    private static String line(String type, byte[] blob, String comment) {
        return type + " " + Base64.getEncoder().encodeToString(blob) + (comment == null ? "" : " " + comment);
    }
}
