package dev.muster.devices.sshkeys;

import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An OpenSSH public key, validated down to the key material.
 *
 * <p>Only key types that current OpenSSH accepts by default and that are considered strong are
 * supported: {@code ssh-ed25519}, {@code ecdsa-sha2-nistp256/384/521} and {@code ssh-rsa} with
 * 2048 to 16384 bits. The blob is decoded and checked field by field, because a well-formed looking
 * line can still carry a key of another type, a point off the curve or a weak modulus.
 *
 * <p>The canonical constructor re-derives {@code bits} and {@code fingerprint} from the blob and refuses
 * values that disagree, so an instance is valid no matter whether it came from {@link #parse(String)}
 * or from storage.
 *
 * @param type        the key type, also embedded in the blob
 * @param base64      the key blob in canonical standard base64
 * @param comment     the free-text comment, or {@code null} if there is none
 * @param bits        256 for Ed25519, the curve size for ECDSA, the modulus length for RSA
 * @param fingerprint {@code SHA256:} and the unpadded base64 SHA-256 of the blob, as {@code ssh-keygen -lf} prints it
 */
public record SshPublicKey(String type, String base64, String comment, int bits, String fingerprint) {

    /** Generous for the largest accepted key (a 16384-bit RSA line is under 2800 characters), yet bounds the work on hostile input. */
    public static final int MAX_LINE_LENGTH = 16_384;
    /** Comments are labels for humans; longer text is more likely junk or an attempt to store data. */
    public static final int MAX_COMMENT_LENGTH = 255;
    /** NIST SP 800-131A disallows smaller RSA keys for signatures; OpenSSH itself only refuses below 1024. */
    public static final int MIN_RSA_BITS = 2048;
    /** OpenSSH's own upper limit; larger moduli only make signature checks slow. */
    public static final int MAX_RSA_BITS = 16_384;

    private static final String ED25519 = "ssh-ed25519";
    private static final String RSA = "ssh-rsa";
    private static final List<String> TYPES =
            List.of(ED25519, "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", RSA);
    private static final Map<String, Curve> CURVES = Map.of(
            "ecdsa-sha2-nistp256", Curve.named("nistp256", "secp256r1"),
            "ecdsa-sha2-nistp384", Curve.named("nistp384", "secp384r1"),
            "ecdsa-sha2-nistp521", Curve.named("nistp521", "secp521r1"));
    private static final Pattern SEPARATOR = Pattern.compile("[ \t]+");
    private static final String FORMAT = "not an OpenSSH public key line: expected '<type> <base64> [comment]'";
    private static final String TRUNCATED = "key data is truncated or malformed";
    private static final String BAD_BASE64 = "key data is not valid base64";

    /**
     * Checks the fields against each other and against the rules of {@link #parse(String)}.
     *
     * @param type        the key type
     * @param base64      the key blob in canonical standard base64
     * @param comment     the comment; it is stripped, and a blank one becomes {@code null}
     * @param bits        the key size, which must match the blob
     * @param fingerprint the fingerprint, which must match the blob
     * @throws InvalidSshKeyException if any field is invalid or {@code bits}/{@code fingerprint} do not match the blob
     */
    public SshPublicKey {
        var derived = decode(type, base64);
        if (bits != derived.bits() || !derived.fingerprint().equals(fingerprint)) {
            throw invalid("bits and fingerprint do not match the key data");
        }
        comment = normalizeComment(comment);
    }

    /**
     * Parses one line in OpenSSH {@code .pub} / {@code authorized_keys} format without options:
     * {@code <type> <base64> [comment]}, separated by spaces or tabs.
     *
     * <p>Surrounding whitespace is ignored. Refused are: more than one line, more than
     * {@value #MAX_LINE_LENGTH} characters, private keys, {@code authorized_keys} options (they change what the key
     * may do on the server, which is not for the device to decide), DSA and other unsupported types, non-canonical
     * base64, and blobs that do not decode to exactly one valid key of the declared type. The comment is
     * everything after the blob, at most {@value #MAX_COMMENT_LENGTH} characters and free of control,
     * line-break and bidirectional-override characters, since it is shown to admins.
     *
     * @param line the submitted line
     * @return the validated key
     * @throws InvalidSshKeyException with a client-facing reason if the line is refused
     */
    public static SshPublicKey parse(String line) {
        if (line == null) {
            throw invalid("SSH public key is missing");
        }
        if (line.length() > MAX_LINE_LENGTH) {
            throw invalid("SSH public key is too long: at most " + MAX_LINE_LENGTH + " characters");
        }
        if (line.contains("PRIVATE KEY")) {
            throw invalid("this is a private key, which must never leave the device: send the public key (the .pub file) instead");
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            throw invalid("SSH public key is empty");
        }
        if (trimmed.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')) {
            throw invalid("SSH public key must be a single line");
        }
        String[] fields = SEPARATOR.split(trimmed, 3);
        if (fields.length < 2) {
            throw invalid(FORMAT);
        }
        if (!TYPES.contains(fields[0]) && hasOptionsPrefix(fields[0], trimmed)) {
            throw invalid("key options such as command=\"...\" are not accepted: send only '<type> <base64> [comment]'");
        }
        // The constructor decodes again to verify; that costs microseconds and keeps it the single gate.
        var derived = decode(fields[0], fields[1]);
        return new SshPublicKey(fields[0], fields[1], fields.length == 3 ? fields[2] : null,
                derived.bits(), derived.fingerprint());
    }

    /** @return the canonical line: {@code type base64}, followed by {@code " comment"} if there is one */
    public String line() {
        return comment == null ? type + " " + base64 : type + " " + base64 + " " + comment;
    }

    /** @return a short display name of the algorithm: {@code ED25519}, {@code ECDSA} or {@code RSA} */
    public String algorithm() {
        return switch (type) {
            case ED25519 -> "ED25519";
            case RSA -> "RSA";
            default -> "ECDSA";
        };
    }

    static boolean isSupportedType(String token) {
        return TYPES.contains(token);
    }

    /** An unknown first field followed by a key type means the line starts with authorized_keys options. */
    private static boolean hasOptionsPrefix(String firstField, String line) {
        return firstField.contains("=")
                || SEPARATOR.splitAsStream(line).skip(1).anyMatch(token -> TYPES.contains(token) || token.equals("ssh-dss"));
    }

    private record Derived(int bits, String fingerprint) {
    }

    private static Derived decode(String type, String base64) {
        if (type == null || base64 == null) {
            throw invalid(FORMAT);
        }
        if (type.equals("ssh-dss")) {
            throw invalid("DSA keys (ssh-dss) are obsolete and insecure: use an ssh-ed25519 key instead");
        }
        if (!TYPES.contains(type)) {
            throw invalid("unsupported key type: use one of " + String.join(", ", TYPES));
        }
        byte[] blob = decodeBase64(base64);
        var in = new WireReader(blob);
        if (!type.equals(in.ascii())) {
            throw invalid("key data does not match the declared type " + type);
        }
        int bits = switch (type) {
            case ED25519 -> ed25519Bits(in);
            case RSA -> rsaBits(in);
            default -> ecdsaBits(CURVES.get(type), in);
        };
        if (in.hasRemaining()) {
            throw invalid("key data has trailing bytes");
        }
        return new Derived(bits, fingerprint(blob));
    }

    /**
     * The JDK decoder tolerates missing padding and non-zero trailing bits; requiring the decoded bytes
     * to re-encode to the same text admits exactly one spelling per key, so stored lines compare equal.
     */
    private static byte[] decodeBase64(String base64) {
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw invalid(BAD_BASE64);
        }
        if (!Base64.getEncoder().encodeToString(blob).equals(base64)) {
            throw invalid(BAD_BASE64);
        }
        return blob;
    }

    private static int ed25519Bits(WireReader in) {
        if (in.string().length != 32) {
            throw invalid("Ed25519 public keys must be exactly 32 bytes");
        }
        return 256;
    }

    /** The exponent and modulus are checked for sanity and size; primality of the factors cannot be checked from a public key. */
    private static int rsaBits(WireReader in) {
        BigInteger e = in.mpint();
        BigInteger n = in.mpint();
        if (e.compareTo(BigInteger.valueOf(3)) < 0 || !e.testBit(0)) {
            throw invalid("RSA public exponent must be odd and at least 3");
        }
        if (n.signum() <= 0) {
            throw invalid("RSA modulus must be positive");
        }
        int bits = n.bitLength();
        if (bits < MIN_RSA_BITS) {
            throw invalid("RSA keys must have at least " + MIN_RSA_BITS + " bits");
        }
        if (bits > MAX_RSA_BITS) {
            throw invalid("RSA keys must have at most " + MAX_RSA_BITS + " bits");
        }
        return bits;
    }

    /** Only the uncompressed form (0x04 || x || y) is accepted: it is what OpenSSH writes, and it lets the point be checked directly. */
    private static int ecdsaBits(Curve curve, WireReader in) {
        if (!curve.id().equals(in.ascii())) {
            throw invalid("ECDSA curve does not match the key type");
        }
        byte[] point = in.string();
        int size = curve.coordinateBytes();
        if (point.length > 0 && (point[0] == 2 || point[0] == 3)) {
            throw invalid("compressed ECDSA points are not supported");
        }
        if (point.length != 1 + 2 * size || point[0] != 4) {
            throw invalid("ECDSA point has the wrong encoding for " + curve.id());
        }
        var x = new BigInteger(1, point, 1, size);
        var y = new BigInteger(1, point, 1 + size, size);
        if (!curve.contains(x, y)) {
            throw invalid("ECDSA point is not on the " + curve.id() + " curve");
        }
        return curve.bits();
    }

    private static String fingerprint(byte[] blob) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK provides no SHA-256", e);
        }
    }

    private static String normalizeComment(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String stripped = comment.strip();
        if (stripped.codePointCount(0, stripped.length()) > MAX_COMMENT_LENGTH) {
            throw invalid("comment must be at most " + MAX_COMMENT_LENGTH + " characters");
        }
        if (stripped.codePoints().anyMatch(SshPublicKey::isUnsafeInComment)) {
            throw invalid("comment must not contain control characters");
        }
        return stripped;
    }

    /** Characters that could break log lines or UIs, or make displayed text read differently from what is stored. */
    private static boolean isUnsafeInComment(int cp) {
        return Character.isISOControl(cp)
                || Character.getType(cp) == Character.SURROGATE
                || cp == '\u2028' || cp == '\u2029'
                || (cp >= '\u202A' && cp <= '\u202E')
                || (cp >= '\u2066' && cp <= '\u2069');
    }

    private static InvalidSshKeyException invalid(String message) {
        return new InvalidSshKeyException(message);
    }

    /** Reads RFC 4251 {@code string} and {@code mpint} fields, treating any length beyond the data as malformed. */
    private static final class WireReader {
        private final ByteBuffer buffer;

        WireReader(byte[] data) {
            buffer = ByteBuffer.wrap(data);
        }

        byte[] string() {
            try {
                int length = buffer.getInt();
                // Lengths of 2^31 and above read as negative; they can never fit, just like those past the end.
                if (length < 0 || length > buffer.remaining()) {
                    throw invalid(TRUNCATED);
                }
                byte[] value = new byte[length];
                buffer.get(value);
                return value;
            } catch (BufferUnderflowException e) {
                throw invalid(TRUNCATED);
            }
        }

        String ascii() {
            return new String(string(), StandardCharsets.US_ASCII);
        }

        /** Two's complement, big-endian; a negative value is returned as such for the caller to refuse. */
        BigInteger mpint() {
            byte[] value = string();
            return value.length == 0 ? BigInteger.ZERO : new BigInteger(value);
        }

        boolean hasRemaining() {
            return buffer.hasRemaining();
        }
    }

    /**
     * A NIST prime curve y² = x³ + ax + b over GF(p). These curves have cofactor 1, so every affine point
     * on the curve lies in the prime-order group and no further subgroup check is needed.
     */
    private record Curve(String id, int bits, BigInteger p, BigInteger a, BigInteger b) {

        static Curve named(String id, String standardName) {
            try {
                var parameters = AlgorithmParameters.getInstance("EC");
                parameters.init(new ECGenParameterSpec(standardName));
                var curve = parameters.getParameterSpec(ECParameterSpec.class).getCurve();
                var field = (ECFieldFp) curve.getField();
                return new Curve(id, field.getFieldSize(), field.getP(), curve.getA(), curve.getB());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK does not support curve " + standardName, e);
            }
        }

        int coordinateBytes() {
            return (bits + 7) / 8;
        }

        boolean contains(BigInteger x, BigInteger y) {
            return x.compareTo(p) < 0 && y.compareTo(p) < 0
                    && y.multiply(y).subtract(x.multiply(x).add(a).multiply(x).add(b)).mod(p).signum() == 0;
        }
    }
}
