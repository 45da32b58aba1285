package live.studio.chat;

/** Whether this is the viewer's first message in the channel (the platform says so): worth a welcome. */
public enum MessageOrigin {
    REGULAR, FIRST_IN_CHANNEL
}
