package live.studio.control;

/** Where the API listens. */
public enum NetworkScope {
    /** 127.0.0.1 only: programs on this computer (Bitfocus Companion, scripts, a browser here). */
    LOOPBACK,
    /** Every interface: a tablet or a Stream Deck computer on the local network. Opt-in, with a warning. */
    LAN
}
