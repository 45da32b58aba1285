package live.studio.compose;

import live.studio.media.AudioChunk;

/** Where mixed audio goes (the encoder). Offers never wait. */
public interface AudioSink {
    /** @return false when full: the mixer counts the chunk as dropped and keeps the buffer */
    boolean offer(AudioChunk chunk);
}
