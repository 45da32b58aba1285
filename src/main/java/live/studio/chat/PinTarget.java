package live.studio.chat;

/**
 * Puts a viewer's message on air as the pinned-comment overlay, and takes it off. The composition root wires it to
 * the show controller's {@code comment.pin} (author, text, platform) and {@code comment.unpin} commands; the window's
 * pin button and key call it.
 */
public interface PinTarget {
    /** Nothing goes on air (no show controller yet): pinning only marks the message in the feed. */
    PinTarget NOWHERE = new PinTarget() {
        @Override
        public void pin(ChatMessage message) {
        }

        @Override
        public void unpin() {
        }
    };

    void pin(ChatMessage message);

    void unpin();
}
