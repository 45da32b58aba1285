package live.studio.ui.main;

/**
 * One destination's chip in the health strip.
 *
 * @param name  the destination's name
 * @param state its state in the operator's words: "live · 4500 kbps", "reconnecting in 3 s", "failed: ..."
 * @param level its colour
 */
public record DestinationHealth(String name, String state, HealthLevel level) {
}
