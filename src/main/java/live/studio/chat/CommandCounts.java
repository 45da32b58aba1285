package live.studio.chat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often viewers typed each command, in all and per product, for the run-sheet and the post-show report.
 * Thread-safe; {@link #snapshot()} is a copy.
 */
public final class CommandCounts {
    /** The key for commands no product could be attributed to. */
    public static final String UNATTRIBUTED = "";

    private final Map<CommandKind, Long> totals = new EnumMap<>(CommandKind.class);
    private final Map<String, Map<CommandKind, Long>> byProduct = new LinkedHashMap<>();
    private final Map<String, String> titles = new LinkedHashMap<>();

    public synchronized void count(CountedCommand command) {
        totals.merge(command.kind(), 1L, Long::sum);
        String key = command.product() == null ? UNATTRIBUTED : command.product().id();
        if (command.product() != null) {
            titles.putIfAbsent(key, command.product().title());
        }
        byProduct.computeIfAbsent(key, ignored -> new EnumMap<>(CommandKind.class)).merge(command.kind(), 1L, Long::sum);
    }

    public synchronized Snapshot snapshot() {
        Map<String, Map<CommandKind, Long>> perProduct = new LinkedHashMap<>();
        byProduct.forEach((product, counts) -> perProduct.put(product, Map.copyOf(counts)));
        return new Snapshot(Map.copyOf(totals), Map.copyOf(perProduct), Map.copyOf(titles));
    }

    /**
     * The counts at one moment.
     *
     * @param totals        per command, all products together
     * @param byProduct     per product id ({@link #UNATTRIBUTED} for none), per command
     * @param productTitles the title of each product id
     */
    public record Snapshot(Map<CommandKind, Long> totals, Map<String, Map<CommandKind, Long>> byProduct,
                           Map<String, String> productTitles) {
        public long total(CommandKind kind) {
            return totals.getOrDefault(kind, 0L);
        }

        public long count(String productId, CommandKind kind) {
            return byProduct.getOrDefault(productId, Map.of()).getOrDefault(kind, 0L);
        }
    }
}
