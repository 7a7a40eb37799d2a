package dev.muster.tokens.codes;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The shape of enrollment codes: six characters a person can read aloud and type, from an alphabet
 * without the look-alikes 0/O, 1/I/L (31 symbols, so 31^6 ≈ 887 million codes, about 29.7 bits).
 * Input is case-insensitive, and spaces and dashes are ignored, so "k7p-x3m" is "K7PX3M".
 */
public final class CodeFormat {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 6;

    private static final SecureRandom RANDOM = new SecureRandom();

    private CodeFormat() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The canonical form of what a person typed, or empty when it cannot be a code. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == ' ' || c == '-' || c == '\t') {
                continue;
            }
            char upper = Character.toUpperCase(c);
            if (upper > 127 || ALPHABET.indexOf(upper) < 0) {
                return Optional.empty();
            }
            code.append(upper);
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** "K7PX3M" as "K7P-X3M", easier to read out. */
    public static String display(String code) {
        return code.substring(0, 3) + "-" + code.substring(3);
    }
}
