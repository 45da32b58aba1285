package live.studio.app;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import live.studio.output.SecretRedactor;

/** {@code %redactedMessage}: the log message with every stream key masked, FFmpeg's lines included. */
public final class RedactingMessageConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return SecretRedactor.redact(super.convert(event));
    }
}
