package live.studio.overlay;

/** How close a flash sale is to its end: each state looks more urgent; the last seconds pulse. */
public enum CountdownUrgency {
    NORMAL,
    LAST_MINUTE,
    FINAL_SECONDS,
    ENDED;

    public static final int LAST_MINUTE_SECONDS = 60;
    public static final int FINAL_SECONDS_SECONDS = 10;

    public static CountdownUrgency at(long remainingSeconds) {
        if (remainingSeconds <= 0) {
            return ENDED;
        }
        if (remainingSeconds <= FINAL_SECONDS_SECONDS) {
            return FINAL_SECONDS;
        }
        return remainingSeconds <= LAST_MINUTE_SECONDS ? LAST_MINUTE : NORMAL;
    }
}
