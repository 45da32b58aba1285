package live.studio.ui.main;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import live.studio.ui.common.Icons;
import live.studio.ui.common.Messages;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The producer's event log: one line per event, newest at the bottom, the list following the newest line while
 * "follow" is ticked (scrolling up unticks it, so a line being read does not run away); a filter by kind; copy.
 */
final class EventLogView {
    private static final Messages TEXT = Messages.of(EventLogView.class);

    private final EventLog log;
    private final VBox root = new VBox(8);
    private final ListView<EventLogEntry> list;
    private final CheckBox follow = new CheckBox();

    EventLogView(EventLog log, ZoneId zone, Consumer<String> clipboard) {
        this.log = log;
        list = new ListView<>(log.shown());
        list.setId("event-log");
        list.getStyleClass().add("event-log");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(EventLogEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                getStyleClass().removeIf(style -> style.startsWith("event-kind-"));
                if (empty || entry == null) {
                    setText(null);
                } else {
                    setText(EventLog.time(entry.time(), zone) + "   " + kindName(entry.kind()) + "   " + entry.text());
                    getStyleClass().add("event-kind-" + entry.kind().name().toLowerCase(Locale.ROOT));
                }
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        ComboBox<Optional<EventKind>> filter = new ComboBox<>();
        filter.setId("event-log-filter");
        filter.getItems().add(Optional.empty());
        for (EventKind kind : EventKind.values()) {
            filter.getItems().add(Optional.of(kind));
        }
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<EventKind> kind) {
                return kind == null || kind.isEmpty() ? TEXT.text("event-log.all") : kindName(kind.get());
            }

            @Override
            public Optional<EventKind> fromString(String text) {
                return Optional.empty();
            }
        });
        filter.valueProperty().bindBidirectional(log.filterProperty());

        follow.setId("event-log-follow");
        follow.setText(TEXT.text("event-log.follow"));
        follow.setSelected(true);
        follow.selectedProperty().addListener((observable, before, following) -> {
            if (following) {
                scrollToNewest();
            }
        });
        log.shown().addListener((ListChangeListener<EventLogEntry>) change -> {
            if (follow.isSelected()) {
                scrollToNewest();
            }
        });
        // Scrolling up to read stops following; the box ticked again (or End) follows again.
        list.setOnScroll(event -> {
            if (event.getDeltaY() > 0) {
                follow.setSelected(false);
            }
        });

        Button copy = Icons.decorate(new Button(TEXT.text("event-log.copy")), MaterialDesignC.CONTENT_COPY);
        copy.setId("event-log-copy");
        copy.setTooltip(new javafx.scene.control.Tooltip(TEXT.text("event-log.copy.tooltip")));
        copy.setOnAction(event -> clipboard.accept(log.shownAsText(zone)));

        Label caption = new Label(TEXT.text("event-log.title", EventLog.CAPACITY));
        caption.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(10, caption, spacer, filter, follow, copy);
        tools.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(tools, list);
        root.getStyleClass().add("event-log-pane");
    }

    Node root() {
        return root;
    }

    private void scrollToNewest() {
        if (!log.shown().isEmpty()) {
            list.scrollTo(log.shown().size() - 1);
        }
    }

    static String kindName(EventKind kind) {
        return switch (kind) {
            case COMMAND -> TEXT.text("kind.command");
            case CUE -> TEXT.text("kind.cue");
            case SEGMENT -> TEXT.text("kind.segment");
            case OUTPUT -> TEXT.text("kind.output");
            case RECORDING -> TEXT.text("kind.recording");
            case NOTICE -> TEXT.text("kind.notice");
        };
    }
}
