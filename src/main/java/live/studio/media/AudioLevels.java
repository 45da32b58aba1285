package live.studio.media;

/**
 * Peak and RMS of a stretch of audio, in dBFS (0 = full scale; {@link #SILENCE_DBFS} for digital silence).
 */
public record AudioLevels(double peakDbfs, double rmsDbfs) {
    public static final double SILENCE_DBFS = -120.0;
    public static final AudioLevels SILENT = new AudioLevels(SILENCE_DBFS, SILENCE_DBFS);

    public static AudioLevels measure(float[] left, float[] right, int count) {
        double peak = 0;
        double sumOfSquares = 0;
        for (int i = 0; i < count; i++) {
            double l = left[i];
            double r = right[i];
            peak = Math.max(peak, Math.max(Math.abs(l), Math.abs(r)));
            sumOfSquares += l * l + r * r;
        }
        double rms = count == 0 ? 0 : Math.sqrt(sumOfSquares / (2.0 * count));
        return new AudioLevels(toDbfs(peak), toDbfs(rms));
    }

    public static double toDbfs(double amplitude) {
        return amplitude <= 1e-6 ? SILENCE_DBFS : Math.max(SILENCE_DBFS, 20.0 * Math.log10(amplitude));
    }
}
