package live.studio.secrets;

/** A secret could not be stored, read or deleted; the message says where and what to do, never the secret itself. */
public final class SecretStoreException extends Exception {
    public SecretStoreException(String message) {
        super(message);
    }

    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
