package dev.muster.platform.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The RSA key pair that signs API tokens (RS256). Given by configuration, or generated at first
 * start into the data directory ({@code keys/}, the private key readable by its owner only). The
 * public key verifies them ({@link dev.muster.platform.security.BearerTokens}).
 * Keys are never part of the source tree.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    @Inject
    @ConfigProperty(name = "muster.jwt.private-key.location")
    String privateKeyLocation;

    @Inject
    @ConfigProperty(name = "muster.jwt.public-key.location")
    String publicKeyLocation;

    private RSAPrivateKey privateKey;
    private RSAPublicKey publicKey;

    @PostConstruct
    void load() {
        Path privatePath = Path.of(privateKeyLocation);
        Path publicPath = Path.of(publicKeyLocation);
        try {
            if (!Files.exists(privatePath) && !Files.exists(publicPath)) {
                generate(privatePath, publicPath);
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privatePath)));
            publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(readPem(publicPath)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the token signing keys", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The token signing keys are not RSA keys in PEM format", e);
        }
    }

    public RSAPrivateKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    private static void generate(Path privatePath, Path publicPath) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        KeyFiles.writeOwnerOnly(privatePath, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.createDirectories(publicPath.toAbsolutePath().getParent());
        Files.writeString(publicPath, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        LOG.info(() -> "Generated a new token signing key pair in " + privatePath.toAbsolutePath().getParent());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path path) throws IOException {
        String body = Files.readString(path, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
