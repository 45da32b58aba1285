package live.studio.ui.chat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import live.studio.chat.AuthorColor;
import live.studio.chat.ChatMessage;
import live.studio.chat.FeedMessage;
import live.studio.chat.MessageOrigin;

/**
 * One row of the feed: platform badge, author in their colour (made readable on the dark panel), the message, and a
 * pin button. The list reuses a few dozen of these for any number of messages. Text is shown as text: markup in a
 * message is never interpreted.
 */
final class ChatCell extends ListCell<FeedMessage> {
    /** Two lines of text and the row's padding. */
    static final double ROW_HEIGHT = 42;
    private static final Map<String, Color> COLORS = new ConcurrentHashMap<>();
    private static final String[] MARKS = {"chat-question", "chat-alert", "chat-pinned", "chat-first", "chat-answered"};

    private final ChatFeedViewModel viewModel;
    private final Label badge = new Label();
    private final Label author = new Label();
    private final Label text = new Label();
    private final Button pin = new Button("Pin");
    private final HBox row;
    private final MenuItem pinItem = new MenuItem();
    private final MenuItem answeredItem = new MenuItem("Mark answered");
    private final MenuItem hideItem = new MenuItem("Hide this message");
    private final MenuItem hideAuthorItem = new MenuItem();

    ChatCell(ChatFeedViewModel viewModel, javafx.beans.value.ObservableDoubleValue width) {
        this.viewModel = viewModel;
        badge.getStyleClass().add("chat-badge");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        author.getStyleClass().add("chat-author");
        author.setMinWidth(Label.USE_PREF_SIZE);
        text.getStyleClass().add("chat-text");
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMaxHeight(ROW_HEIGHT - 6);
        text.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        pin.getStyleClass().add("chat-pin");
        pin.setFocusTraversable(false);
        pin.setMinWidth(Button.USE_PREF_SIZE);
        pin.setOnAction(event -> {
            if (getItem() != null) {
                viewModel.togglePin(getItem());
            }
        });
        row = new HBox(6, badge, author, text, pin);
        row.setAlignment(Pos.TOP_LEFT);
        // Wrap inside the list's width (minus the scroll bar), so long messages grow down, not sideways.
        row.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.max(120, width.get() - 24), width));
        row.setMaxWidth(Double.MAX_VALUE);

        pinItem.setOnAction(event -> act(viewModel::togglePin));
        answeredItem.setOnAction(event -> act(viewModel::markAnswered));
        hideItem.setOnAction(event -> act(viewModel::hideMessage));
        hideAuthorItem.setOnAction(event -> act(viewModel::hideAuthor));
        ContextMenu menu = new ContextMenu(pinItem, answeredItem, new SeparatorMenuItem(), hideItem, hideAuthorItem);
        menu.setOnShowing(event -> prepareMenu());
        setContextMenu(menu);
        getStyleClass().add("chat-cell");
    }

    private void act(java.util.function.Consumer<FeedMessage> action) {
        if (getItem() != null) {
            action.accept(getItem());
        }
    }

    @Override
    protected void updateItem(FeedMessage item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setMarks(java.util.List.of());
            setGraphic(null);
            setText(null);
            return;
        }
        // Under a flood every visible row gets a new message every pulse: change only what differs, since each
        // style class change makes JavaFX restyle the row.
        ChatMessage message = item.message();
        String platformStyle = "chat-badge-" + message.platform().name().toLowerCase(java.util.Locale.ROOT);
        if (!badge.getStyleClass().contains(platformStyle)) {
            badge.getStyleClass().setAll("chat-badge", platformStyle);
            badge.setText(message.platform().badge());
        }
        author.setText(message.author().displayName());
        author.setTextFill(readable(message.author().color()));
        text.setText(message.text());
        boolean pinned = viewModel.isPinned(item);
        pin.setText(pinned ? "Unpin" : "Pin");
        java.util.List<String> marks = new java.util.ArrayList<>(2);
        if (item.signals().question()) {
            marks.add(viewModel.isAnswered(item) ? "chat-answered" : "chat-question");
        }
        if (!item.signals().alerts().isEmpty()) {
            marks.add("chat-alert");
        }
        if (pinned) {
            marks.add("chat-pinned");
        }
        if (message.origin() == MessageOrigin.FIRST_IN_CHANNEL) {
            marks.add("chat-first");
        }
        setMarks(marks);
        if (getGraphic() != row) {
            setText(null);
            setGraphic(row);
        }
    }

    /** Sets this row's mark classes, touching the style classes only when they change. */
    private void setMarks(java.util.List<String> marks) {
        var current = getStyleClass().stream().filter(style -> java.util.Arrays.asList(MARKS).contains(style)).toList();
        if (!current.equals(marks)) {
            getStyleClass().removeAll(MARKS);
            getStyleClass().addAll(marks);
        }
    }

    /** The context menu's texts are set when it opens, not for every row shown. */
    private void prepareMenu() {
        FeedMessage item = getItem();
        if (item == null) {
            return;
        }
        pinItem.setText(viewModel.isPinned(item) ? "Take off the screen" : "Pin on screen (P)");
        hideAuthorItem.setText("Hide everything from " + item.message().author().displayName());
        answeredItem.setDisable(!item.signals().question() || viewModel.isAnswered(item));
    }

    static Color readable(AuthorColor color) {
        String hex = color.readableOn(AuthorColor.DARK_BACKGROUND).hex();
        return COLORS.computeIfAbsent(hex, Color::web);
    }
}
