package live.studio.ui.chat;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import live.studio.chat.ConnectorHealth;
import live.studio.chat.ConnectorState;
import live.studio.chat.FeedMessage;
import live.studio.ui.common.Messages;

/**
 * The chat side panel: the chats read (with their health) and a field to add one, platform filters, what is pinned on
 * air, the feed itself (a virtualised list, newest at the bottom), viewer command counts, the questions queue and
 * keyword alerts. Keys on the feed: P pins or unpins the selected message, A marks it answered, H hides it,
 * Shift+H hides its author. Plain code over {@link ChatFeedViewModel}: it binds, it does not decide.
 */
public final class ChatView {
    /** Three lines of a question and the row's padding. */
    static final double QUESTION_ROW_HEIGHT = 60;
    private static final Messages TEXT = Messages.of(ChatView.class);
    private final ChatFeedViewModel viewModel;
    private final VBox root = new VBox(8);
    private final ListView<FeedMessage> feed;
    private FeedMessage anchor;
    private final Timeline refresh;

    public ChatView(ChatFeedViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.feed = new ListView<>(viewModel.visibleMessages());
        root.getStyleClass().add("chat-panel");
        root.getStylesheets().add(Objects.requireNonNull(ChatView.class.getResource("chat.css")).toExternalForm());
        root.setPrefWidth(360);
        root.setMinWidth(280);
        root.setId("chat-panel");
        root.getChildren().addAll(header(), filters(), pinnedBar(), feedArea(), commands(), questions(), alerts());
        // Under a flood the list moves ten times a second; the health rows once a second.
        int[] ticks = {0};
        refresh = new Timeline(new KeyFrame(Duration.millis(ChatFeedViewModel.MINIMUM_REFRESH.toMillis()), event -> {
            viewModel.refreshIfDue();
            if (++ticks[0] % 10 == 0) {
                viewModel.refreshHealth();
            }
        }));
        refresh.setCycleCount(Animation.INDEFINITE);
        refresh.play();
    }

    /** Stops the refresh timer. */
    public void dispose() {
        refresh.stop();
    }

    public Node root() {
        return root;
    }

    public ListView<FeedMessage> feed() {
        return feed;
    }

    private Node header() {
        Label title = new Label(TEXT.text("title"));
        title.getStyleClass().add("section-title");
        VBox health = new VBox(2);
        health.setId("chat-connectors");
        // Rows are kept per source and only their text changes: the health is read again every second, and new
        // nodes (with their tooltips) would be styled from scratch each time.
        java.util.Map<String, HealthRow> rows = new java.util.HashMap<>();
        Runnable showHealth = () -> {
            List<Node> shown = new java.util.ArrayList<>();
            java.util.Set<String> sources = new java.util.HashSet<>();
            for (ConnectorHealth connector : viewModel.connectors()) {
                sources.add(connector.source());
                HealthRow row = rows.computeIfAbsent(connector.source(), source -> new HealthRow(connector));
                row.show(connector);
                shown.add(row.box);
            }
            rows.keySet().retainAll(sources);
            if (!health.getChildren().equals(shown)) {
                health.getChildren().setAll(shown);
            }
        };
        viewModel.connectors().addListener((ListChangeListener<ConnectorHealth>) change -> showHealth.run());
        showHealth.run();

        TextField source = new TextField();
        source.setId("chat-source");
        source.setPromptText(TEXT.text("source.prompt"));
        HBox.setHgrow(source, Priority.ALWAYS);
        Button connect = new Button(TEXT.text("source.add"));
        connect.setId("chat-connect");
        Label problem = new Label();
        problem.setId("chat-source-problem");
        problem.getStyleClass().add("chat-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Runnable add = () -> {
            String message = viewModel.connect(source.getText());
            problem.setText(message);
            if (message.isEmpty()) {
                source.clear();
            }
        };
        connect.setOnAction(event -> add.run());
        source.setOnAction(event -> add.run());
        return new VBox(6, title, health, new HBox(6, source, connect), problem);
    }

    /** One chat's health line, kept while that chat is read; its text and state class change in place. */
    private final class HealthRow {
        private final Label row = new Label();
        private final Button remove = new Button("×");
        private final HBox box;
        private String stateClass = "";

        HealthRow(ConnectorHealth health) {
            row.getStyleClass().add("chat-health");
            row.setWrapText(true);
            remove.getStyleClass().add("chat-remove");
            remove.setTooltip(new Tooltip(TEXT.text("source.remove.tooltip", health.source())));
            remove.setOnAction(event -> viewModel.disconnect(health.source()));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(4, row, spacer, remove);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        void show(ConnectorHealth health) {
            String text = HealthText.of(health, java.time.Instant.now());
            if (!text.equals(row.getText())) {
                row.setText(text);
            }
            String state = "chat-health-" + health.state().name().toLowerCase(Locale.ROOT);
            if (!state.equals(stateClass)) {
                row.getStyleClass().remove(stateClass);
                row.getStyleClass().add(state);
                stateClass = state;
            }
            remove.setVisible(health.state() != ConnectorState.STOPPED);
        }
    }

    private Node filters() {
        HBox filters = new HBox();
        filters.getStyleClass().add("segmented");
        for (live.studio.chat.Platform platform : live.studio.chat.Platform.values()) {
            ToggleButton button = new ToggleButton(platform.label());
            button.setId("chat-filter-" + platform.name().toLowerCase(Locale.ROOT));
            button.getStyleClass().add("data"); // the platform's name
            button.selectedProperty().bindBidirectional(viewModel.platformShownProperty(platform));
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
            filters.getChildren().add(button);
        }
        Button showHidden = new Button(TEXT.text("show-hidden"));
        showHidden.getStyleClass().add("link-button");
        showHidden.setOnAction(event -> viewModel.showHidden());
        HBox row = new HBox(8, filters, showHidden);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filters, Priority.ALWAYS);
        return row;
    }

    private Node pinnedBar() {
        Label onAir = new Label();
        onAir.setId("chat-pinned");
        onAir.setWrapText(true);
        onAir.textProperty().bind(Bindings.createStringBinding(() -> {
            FeedMessage pinned = viewModel.pinnedProperty().get();
            return pinned == null ? "" : TEXT.text("pinned.on-screen", pinned.message().author().displayName(), pinned.message().text());
        }, viewModel.pinnedProperty()));
        HBox.setHgrow(onAir, Priority.ALWAYS);
        Button unpin = new Button(TEXT.text("unpin"));
        unpin.setId("chat-unpin");
        unpin.setOnAction(event -> viewModel.unpin());
        HBox bar = new HBox(8, onAir, unpin);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("chat-pinned-bar");
        bar.visibleProperty().bind(viewModel.pinnedProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Node feedArea() {
        feed.setId("chat-feed");
        feed.getStyleClass().add("chat-feed");
        feed.setCellFactory(list -> new ChatCell(viewModel, list.widthProperty()));
        // Rows of one height: with variable heights the list measures every item to size its scroll bar, which
        // takes the JavaFX thread for seconds with thousands of wrapped messages. Two lines show; the rest is "…"
        // (the questions list and the pinned bar show a message whole).
        feed.setFixedCellSize(ChatCell.ROW_HEIGHT);
        feed.setPlaceholder(new Label(TEXT.text("feed.empty")));
        feed.setFocusTraversable(true);
        feed.setOnMouseEntered(event -> viewModel.hostHovering(true));
        feed.setOnMouseExited(event -> viewModel.hostHovering(false));
        feed.addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.getDeltaY() > 0) {
                viewModel.hostScrolled(false);
                rememberAnchor();
            } else {
                Platform.runLater(() -> {
                    viewModel.hostScrolled(isAtBottom());
                    rememberAnchor();
                });
            }
        });
        feed.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> Platform.runLater(() -> {
            viewModel.hostScrolled(isAtBottom());
            rememberAnchor();
        }));
        feed.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        viewModel.batchesProperty().addListener((observable, before, after) -> afterBatch());
        viewModel.revisionProperty().addListener((observable, before, after) -> feed.refresh());
        viewModel.autoscrollProperty().addListener((observable, before, after) -> {
            if (after == AutoscrollState.FOLLOWING) {
                scrollToLatest();
            } else {
                rememberAnchor();
            }
        });

        Button newest = new Button();
        newest.setId("chat-newest");
        newest.getStyleClass().add("chat-newest");
        newest.textProperty().bind(Bindings.createStringBinding(() -> TEXT.text("feed.newest", viewModel.unseenProperty().get()), viewModel.unseenProperty()));
        newest.visibleProperty().bind(viewModel.unseenProperty().greaterThan(0)
                .and(viewModel.autoscrollProperty().isNotEqualTo(AutoscrollState.FOLLOWING)));
        newest.setOnAction(event -> viewModel.jumpToLatest());
        StackPane.setAlignment(newest, Pos.BOTTOM_CENTER);
        StackPane.setMargin(newest, new Insets(0, 0, 10, 0));
        StackPane area = new StackPane(feed, newest);
        VBox.setVgrow(area, Priority.ALWAYS);
        area.setMinHeight(160);
        return area;
    }

    private void onKey(KeyEvent event) {
        FeedMessage selected = feed.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        if (event.getCode() == KeyCode.P) {
            viewModel.togglePin(selected);
        } else if (event.getCode() == KeyCode.A) {
            viewModel.markAnswered(selected);
        } else if (event.getCode() == KeyCode.H && event.isShiftDown()) {
            viewModel.hideAuthor(selected);
        } else if (event.getCode() == KeyCode.H) {
            viewModel.hideMessage(selected);
        } else {
            return;
        }
        event.consume();
    }

    private void afterBatch() {
        if (viewModel.autoscrollProperty().get() == AutoscrollState.FOLLOWING) {
            scrollToLatest();
        } else if (viewModel.lastBatchTrimmedVisibleProperty().get() > 0 && anchor != null) {
            // The oldest messages went out at the top: keep what the host is reading where it was.
            int index = viewModel.visibleMessages().indexOf(anchor);
            feed.scrollTo(Math.max(0, index));
            if (index < 0) {
                rememberAnchor();
            }
        }
    }

    private void scrollToLatest() {
        int size = viewModel.visibleMessages().size();
        if (size > 0) {
            feed.scrollTo(size - 1);
        }
    }

    private void rememberAnchor() {
        VirtualFlow<?> flow = flow();
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        anchor = first instanceof ListCell<?> cell && cell.getItem() instanceof FeedMessage message ? message : null;
    }

    private boolean isAtBottom() {
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            return true;
        }
        IndexedCell<?> last = flow.getLastVisibleCell();
        return last == null || last.getIndex() >= viewModel.visibleMessages().size() - 1;
    }

    private VirtualFlow<?> flow() {
        return feed.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }

    private Node commands() {
        Label counts = new Label();
        counts.setId("chat-commands");
        counts.getStyleClass().add("chat-commands");
        counts.textProperty().bind(Bindings.createStringBinding(() -> viewModel.commandSummaryProperty().get().isEmpty()
                ? "" : TEXT.text("commands", viewModel.commandSummaryProperty().get()), viewModel.commandSummaryProperty()));
        counts.managedProperty().bind(counts.textProperty().isNotEmpty());
        counts.visibleProperty().bind(counts.managedProperty());
        return counts;
    }

    private Node questions() {
        ListView<FeedMessage> list = new ListView<>(viewModel.questions());
        list.setId("chat-questions");
        list.setPrefHeight(170);
        list.setPlaceholder(new Label(TEXT.text("questions.empty")));
        list.setCellFactory(view -> new QuestionCell());
        // Rows of one height, as in the feed: with wrapped rows of any height the list measures its items again at
        // every change to size its scroll bar, about 17 ms of the FX thread each second under a flood. Three lines
        // show; a longer question ends in "…" (the pinned bar shows it whole).
        list.setFixedCellSize(QUESTION_ROW_HEIGHT);
        TitledPane pane = new TitledPane();
        pane.textProperty().bind(Bindings.createStringBinding(() -> TEXT.text("questions.title", viewModel.questions().size()), viewModel.questions()));
        pane.setContent(list);
        pane.setAnimated(false);
        return pane;
    }

    private Node alerts() {
        TextField keywords = new TextField(viewModel.alertKeywords());
        keywords.setId("chat-keywords");
        keywords.setPromptText(TEXT.text("alerts.keywords.prompt"));
        keywords.setOnAction(event -> viewModel.setAlertKeywords(keywords.getText()));
        keywords.focusedProperty().addListener((observable, before, focused) -> {
            if (!focused) {
                viewModel.setAlertKeywords(keywords.getText());
            }
        });
        ListView<FeedMessage> list = new ListView<>(viewModel.alerts());
        list.setId("chat-alerts");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label(TEXT.text("alerts.empty")));
        list.setCellFactory(view -> new ListCell<>() {
            {
                getStyleClass().add("data"); // what viewers wrote
            }

            @Override
            protected void updateItem(FeedMessage item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.join(", ", item.signals().alerts()) + " — "
                        + item.message().author().displayName() + ": " + item.message().text());
                setWrapText(true);
            }
        });
        TitledPane pane = new TitledPane();
        pane.textProperty().bind(Bindings.createStringBinding(() -> TEXT.text("alerts.title", viewModel.alerts().size()), viewModel.alerts()));
        pane.setContent(new VBox(6, keywords, list));
        pane.setAnimated(false);
        pane.setExpanded(false);
        return pane;
    }

    /** A pending question: who asked, what, and the buttons to answer or pin it. */
    private final class QuestionCell extends ListCell<FeedMessage> {
        private final Label question = new Label();
        private final Button answered = new Button(TEXT.text("question.answered"));
        private final Button pin = new Button(TEXT.text("pin"));
        private final HBox row;

        QuestionCell() {
            question.setWrapText(true);
            question.getStyleClass().add("data"); // what the viewer asked
            question.setMaxWidth(Double.MAX_VALUE);
            question.setMaxHeight(QUESTION_ROW_HEIGHT - 8);
            question.setMinHeight(0);
            HBox.setHgrow(question, Priority.ALWAYS);
            answered.getStyleClass().add("chat-answer");
            answered.setOnAction(event -> {
                if (getItem() != null) {
                    viewModel.markAnswered(getItem());
                }
            });
            pin.getStyleClass().add("chat-pin");
            pin.setOnAction(event -> {
                if (getItem() != null) {
                    viewModel.togglePin(getItem());
                }
            });
            row = new HBox(6, question, pin, answered);
            row.setAlignment(Pos.CENTER_LEFT);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setGraphic(row);
            row.setVisible(false);
        }

        @Override
        protected void updateItem(FeedMessage item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                row.setVisible(false);
                return;
            }
            question.setText(item.message().platform().badge() + " " + item.message().author().displayName() + ": "
                    + item.message().text());
            pin.setText(TEXT.text(viewModel.isPinned(item) ? "unpin" : "pin"));
            row.setVisible(true);
        }
    }
}
