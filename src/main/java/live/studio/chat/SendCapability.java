package live.studio.chat;

/** Whether a connector may write into its chat. */
public enum SendCapability {
    READ_ONLY, READ_AND_SEND
}
