package live.studio.compose;

import live.studio.media.ProgramFrame;

/** Where composited frames go (the encoder). Offers never wait. */
public interface FrameSink {
    /**
     * Takes the frame if there is room; the sink then owns it until it hands it back through {@code recycle}.
     *
     * @return false when full: the frame clock counts the frame as dropped and keeps the buffer
     */
    boolean offer(ProgramFrame frame);
}
