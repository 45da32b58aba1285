package live.studio.ui.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import live.studio.chat.AuthorColor;
import live.studio.chat.ChatMessage;
import live.studio.chat.FeedMessage;
import live.studio.chat.MessageOrigin;
import live.studio.ui.common.Messages;

/**
 * One row of the feed: platform badge, author in their colour (made readable on the dark panel), the message, and a
 * pin control. The list reuses a few dozen of these for any number of messages. Text is shown as text: markup in a
 * message is never interpreted.
 *
 * <p>Under a flood every visible row shows a new message every pulse, so a row is kept cheap for JavaFX: plain
 * {@link Text} nodes (a Label or Button restyles its inner text and recomputes an ellipsis on every change), one
 * graphic for the cell's whole life, and its marks as pseudo-classes.
 */
final class ChatCell extends ListCell<FeedMessage> {
    private static final Messages TEXT = Messages.of(ChatCell.class);
    /** Two lines of text and the row's padding. */
    static final double ROW_HEIGHT = 42;
    private static final Map<String, Color> COLORS = new ConcurrentHashMap<>();
    // Pseudo-classes, not style classes: changing a style class makes JavaFX rebuild the row's whole CSS (new style
    // helpers for the row and each of its nodes), a pseudo-class only switches states. Under a flood every row changes
    // its marks ten times a second.
    private static final PseudoClass QUESTION = PseudoClass.getPseudoClass("question");
    private static final PseudoClass ANSWERED = PseudoClass.getPseudoClass("answered");
    private static final PseudoClass ALERT = PseudoClass.getPseudoClass("alert");
    private static final PseudoClass PINNED = PseudoClass.getPseudoClass("pinned");
    private static final PseudoClass FIRST = PseudoClass.getPseudoClass("first");
    private static final List<PseudoClass> MARKS = List.of(QUESTION, ANSWERED, ALERT, PINNED, FIRST);

    private final ChatFeedViewModel viewModel;
    private final Text badge = new Text();
    private final Text author = new Text();
    private final Text text = new Text();
    private final TextFlow line = new TextFlow(author, text);
    private final Text pin = new Text(TEXT.text("pin"));
    private final HBox row;
    private final MenuItem pinItem = new MenuItem();
    private final MenuItem answeredItem = new MenuItem(TEXT.text("menu.mark-answered"));
    private final MenuItem hideItem = new MenuItem(TEXT.text("menu.hide-message"));
    private final MenuItem hideAuthorItem = new MenuItem();

    ChatCell(ChatFeedViewModel viewModel, ObservableDoubleValue width) {
        this.viewModel = viewModel;
        badge.getStyleClass().add("chat-badge");
        // what viewers wrote is the same in every language
        author.getStyleClass().addAll("chat-author", "data");
        text.getStyleClass().addAll("chat-text", "data");
        line.getStyleClass().add("chat-line");
        HBox.setHgrow(line, Priority.ALWAYS);
        line.setMaxWidth(Double.MAX_VALUE);
        line.setPrefHeight(ROW_HEIGHT - 6);
        line.setMaxHeight(ROW_HEIGHT - 6);
        line.setMinHeight(0);
        // Two lines show; a longer message is cut at the row's edge (the questions list shows it whole).
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(line.widthProperty());
        clip.heightProperty().bind(line.heightProperty());
        line.setClip(clip);

        pin.getStyleClass().add("chat-pin");
        pin.setCursor(Cursor.HAND);
        pin.setAccessibleRole(AccessibleRole.BUTTON);
        pin.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && getItem() != null) {
                viewModel.togglePin(getItem());
                event.consume();
            }
        });
        row = new HBox(6, badge, line, pin);
        row.setAlignment(Pos.TOP_LEFT);
        row.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(120, width.get() - 24), width));
        row.setMaxWidth(Double.MAX_VALUE);

        pinItem.setOnAction(event -> act(viewModel::togglePin));
        answeredItem.setOnAction(event -> act(viewModel::markAnswered));
        hideItem.setOnAction(event -> act(viewModel::hideMessage));
        hideAuthorItem.setOnAction(event -> act(viewModel::hideAuthor));
        ContextMenu menu = new ContextMenu(pinItem, answeredItem, new SeparatorMenuItem(), hideItem, hideAuthorItem);
        menu.setOnShowing(event -> prepareMenu());
        setContextMenu(menu);
        getStyleClass().add("chat-cell");
        // The row stays the graphic for the cell's whole life (hidden while empty): swapping graphics re-styles it.
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setText(null);
        setGraphic(row);
        row.setVisible(false);
    }

    private void act(Consumer<FeedMessage> action) {
        if (getItem() != null) {
            action.accept(getItem());
        }
    }

    @Override
    protected void updateItem(FeedMessage item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setMarks(List.of());
            row.setVisible(false);
            return;
        }
        ChatMessage message = item.message();
        String platformStyle = "chat-badge-" + message.platform().name().toLowerCase(Locale.ROOT);
        if (!badge.getStyleClass().contains(platformStyle)) {
            badge.getStyleClass().setAll("chat-badge", platformStyle);
            badge.setText(message.platform().badge());
        }
        author.setText(message.author().displayName() + "  ");
        author.setFill(readable(message.author().color()));
        text.setText(message.text());
        boolean pinned = viewModel.isPinned(item);
        pin.setText(TEXT.text(pinned ? "unpin" : "pin"));
        pin.setAccessibleText(TEXT.text(pinned ? "unpin.accessible" : "pin.accessible"));
        List<PseudoClass> marks = new ArrayList<>(2);
        if (item.signals().question()) {
            marks.add(viewModel.isAnswered(item) ? ANSWERED : QUESTION);
        }
        if (!item.signals().alerts().isEmpty()) {
            marks.add(ALERT);
        }
        if (pinned) {
            marks.add(PINNED);
        }
        if (message.origin() == MessageOrigin.FIRST_IN_CHANNEL) {
            marks.add(FIRST);
        }
        setMarks(marks);
        row.setVisible(true);
    }

    /** Sets this row's marks ({@code :question}, {@code :answered}, {@code :alert}, {@code :pinned}, {@code :first}). */
    private void setMarks(List<PseudoClass> marks) {
        for (PseudoClass mark : MARKS) {
            pseudoClassStateChanged(mark, marks.contains(mark));
        }
    }

    /** The context menu's texts are set when it opens, not for every row shown. */
    private void prepareMenu() {
        FeedMessage item = getItem();
        if (item == null) {
            return;
        }
        pinItem.setText(TEXT.text(viewModel.isPinned(item) ? "menu.unpin" : "menu.pin"));
        hideAuthorItem.setText(TEXT.text("menu.hide-author", item.message().author().displayName()));
        answeredItem.setDisable(!item.signals().question() || viewModel.isAnswered(item));
    }

    static Color readable(AuthorColor color) {
        String hex = color.readableOn(AuthorColor.DARK_BACKGROUND).hex();
        return COLORS.computeIfAbsent(hex, Color::web);
    }
}
