package live.studio.ui.common;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The operator's messages, newest on top, each with a close button; floats over the top of the preview. */
public final class NotificationArea extends VBox {
    private static final Messages TEXT = Messages.of(NotificationArea.class);

    public NotificationArea(Notifications notifications) {
        super(6);
        setId("notifications");
        getStyleClass().add("notification-area");
        setPickOnBounds(false);
        setMaxWidth(760);
        setFillWidth(true);
        notifications.notices().addListener((ListChangeListener<Notice>) change ->
                getChildren().setAll(notifications.notices().stream().map(notice -> row(notice, notifications)).toList()));
    }

    private static Node row(Notice notice, Notifications notifications) {
        Label text = new Label(notice.message());
        text.setWrapText(true);
        text.setMinWidth(0);
        text.getStyleClass().add("notice-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button("✕");
        close.getStyleClass().add("notice-close");
        close.setTooltip(new Tooltip(TEXT.text("notice.dismiss")));
        close.setOnAction(event -> notifications.dismiss(notice));
        HBox row = new HBox(10, text, close);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("notice", "notice-" + notice.severity().name().toLowerCase(java.util.Locale.ROOT));
        return row;
    }
}
