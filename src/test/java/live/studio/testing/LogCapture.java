package live.studio.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;

/**
 * Every log line of this process while it is open, formatted as the studio's own layout writes them (keys masked
 * by {@code %redactedMessage}), the studio's at DEBUG and FFmpeg's at every level included (libraries stay at their
 * configured level): what a search for a leaked key must read.
 */
public final class LogCapture implements AutoCloseable {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    private final Logger root;
    private final Logger ffmpeg;
    private final Logger studio;
    private final Level ffmpegLevel;
    private final Level studioLevel;

    private LogCapture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{0}: %redactedMessage%n%redactedException");
        encoder.start();
        appender.setContext(context);
        appender.setName("log-capture");
        appender.setEncoder(encoder);
        appender.setOutputStream(bytes);
        appender.start();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        studio = context.getLogger("live.studio");
        studioLevel = studio.getLevel();
        studio.setLevel(Level.DEBUG);
        ffmpeg = context.getLogger("ffmpeg");
        ffmpegLevel = ffmpeg.getLevel();
        ffmpeg.setLevel(Level.ALL);
        root.addAppender(appender);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    /** Everything logged so far. */
    public String text() {
        synchronized (bytes) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        studio.setLevel(studioLevel);
        ffmpeg.setLevel(ffmpegLevel);
    }
}
