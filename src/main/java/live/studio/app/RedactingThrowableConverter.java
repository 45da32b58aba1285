package live.studio.app;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import live.studio.output.SecretRedactor;

/** {@code %redactedException}: stack traces with every stream key masked (exception messages may hold URLs). */
public final class RedactingThrowableConverter extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return SecretRedactor.redact(super.throwableProxyToString(proxy));
    }
}
