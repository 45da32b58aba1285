package live.studio.show.runsheet;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import live.studio.show.ShowTime;

/** A show clock the test moves by hand: media nanoseconds and the time of day move together. */
public final class ManualShowTime implements ShowTime {
    private long nanos;
    private final ZonedDateTime wallAtZero;

    public ManualShowTime(ZonedDateTime wallAtZero) {
        this.wallAtZero = wallAtZero;
    }

    /** 2026-11-21 20:00 in Paris at media time 0. */
    public static ManualShowTime at8pm() {
        return new ManualShowTime(ZonedDateTime.of(2026, 11, 21, 20, 0, 0, 0, ZoneId.of("Europe/Paris")));
    }

    @Override
    public synchronized long nanos() {
        return nanos;
    }

    @Override
    public synchronized ZonedDateTime wallNow() {
        return wallAtZero.plusNanos(nanos);
    }

    public synchronized void advance(Duration duration) {
        nanos += duration.toNanos();
    }

    public synchronized void setNanos(long newNanos) {
        if (newNanos < nanos) {
            throw new IllegalArgumentException("the clock only goes forward");
        }
        nanos = newNanos;
    }
}
