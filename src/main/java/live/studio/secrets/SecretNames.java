package live.studio.secrets;

import java.util.regex.Pattern;

/** The names secrets are kept under. */
public final class SecretNames {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private SecretNames() {
    }

    /** The stream key of the saved destination whose id is {@code destinationId}. */
    public static String streamKey(String destinationId) {
        if (!SAFE_ID.matcher(destinationId).matches()) {
            throw new IllegalArgumentException("a destination id is letters, digits, '.', '_' or '-', got '" + destinationId + "'");
        }
        return "destination/" + destinationId + "/stream-key";
    }
}
