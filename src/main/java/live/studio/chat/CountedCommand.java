package live.studio.chat;

/**
 * A viewer command with the product it counts for: the one it names ({@code !buy 12}, {@code #12}, a product name),
 * else the one on screen when it came, else none.
 *
 * @param product   the product, or null when it could not be attributed
 * @param shortCode the code the viewer wrote, 0 when none (kept when no product has that code)
 */
public record CountedCommand(CommandKind kind, ProductRef product, int shortCode) {
}
