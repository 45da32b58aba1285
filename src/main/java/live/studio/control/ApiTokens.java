package live.studio.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two secrets of the API: a control token and a read-only token, each 256 random bits from {@link SecureRandom}
 * written in base64url (43 characters, no padding). A presented token is compared with both in constant time.
 */
public record ApiTokens(String control, String readOnly) {
    /** Bits of randomness in a generated token (the issue asks for at least 128). */
    public static final int TOKEN_BITS = 256;
    /** Shortest token accepted from settings: 128 bits in base64url. */
    private static final int MIN_TOKEN_LENGTH = 22;
    private static final Pattern TOKEN_CHARACTERS = Pattern.compile("[A-Za-z0-9_-]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ApiTokens {
        requireWellFormed(control, "control token");
        requireWellFormed(readOnly, "read-only token");
        if (control.equals(readOnly)) {
            throw new IllegalArgumentException("the control and read-only tokens must differ");
        }
    }

    private static void requireWellFormed(String token, String what) {
        Objects.requireNonNull(token, what);
        if (token.length() < MIN_TOKEN_LENGTH || !TOKEN_CHARACTERS.matcher(token).matches()) {
            throw new IllegalArgumentException("the " + what + " must be at least " + MIN_TOKEN_LENGTH
                    + " base64url characters (128 bits); make a new one");
        }
    }

    public static ApiTokens generate() {
        return new ApiTokens(newToken(), newToken());
    }

    /** A fresh random token. */
    public static String newToken() {
        byte[] bytes = new byte[TOKEN_BITS / 8];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** These tokens with a new control token (the window's "new token" button); the read-only one stays. */
    public ApiTokens withNewControlToken() {
        return new ApiTokens(newToken(), readOnly);
    }

    public ApiTokens withNewReadOnlyToken() {
        return new ApiTokens(control, newToken());
    }

    /**
     * What {@code presented} opens, compared in constant time with both tokens (both comparisons always run, so the
     * time tells neither which token nor how much of it matched).
     */
    public Optional<Access> accessOf(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        byte[] given = presented.getBytes(StandardCharsets.UTF_8);
        boolean isControl = MessageDigest.isEqual(given, control.getBytes(StandardCharsets.UTF_8));
        boolean isReadOnly = MessageDigest.isEqual(given, readOnly.getBytes(StandardCharsets.UTF_8));
        return isControl ? Optional.of(Access.CONTROL) : isReadOnly ? Optional.of(Access.READ_ONLY) : Optional.empty();
    }

    /** Never the tokens themselves: records print their fields, and this one may reach a log. */
    @Override
    public String toString() {
        return "ApiTokens[control=****, readOnly=****]";
    }
}
