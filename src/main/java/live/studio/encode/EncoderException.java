package live.studio.encode;

public class EncoderException extends Exception {
    public EncoderException(String message) {
        super(message);
    }
}
