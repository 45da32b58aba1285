package live.studio.media;

/**
 * One compressed packet from the single encode, shared read-only by every output.
 *
 * @param stream      which elementary stream it belongs to
 * @param data        the payload (never modified after creation)
 * @param pts         presentation time in the stream's time base ({@link #timeBaseDenominator}ths of a second)
 * @param dts         decoding time, same base
 * @param duration    same base
 * @param keyFrame    true for packets a decoder can start from
 */
public record EncodedPacket(StreamKind stream, byte[] data, long pts, long dts, long duration, boolean keyFrame,
                            int timeBaseDenominator) {

    public enum StreamKind { VIDEO, AUDIO }

    public long dtsMicros() {
        return dts * 1_000_000L / timeBaseDenominator;
    }
}
