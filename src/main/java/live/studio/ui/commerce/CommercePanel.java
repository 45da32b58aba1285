package live.studio.ui.commerce;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import live.studio.overlay.CountdownUrgency;
import live.studio.show.CommandSource;
import live.studio.show.EndAction;
import live.studio.ui.common.Messages;

/**
 * The show's controls beside the preview: countdown, promo codes, lower third and banner, each with what it has on
 * air and its last refusal right under it, and Hide all at the bottom. Plain code over {@link CommerceViewModel}.
 */
public final class CommercePanel {
    private static final Messages TEXT = Messages.of(CommercePanel.class);
    private static final PseudoClass ON_AIR = PseudoClass.getPseudoClass("on-air");

    private final CommerceViewModel viewModel;
    private final ShortcutMap keys;
    private final VBox root = new VBox();

    public CommercePanel(CommerceViewModel viewModel, ShortcutMap keys) {
        this.viewModel = viewModel;
        this.keys = keys;
        VBox sections = new VBox(14, countdownSection(), promoSection(), lowerThirdSection(), bannerSection());
        sections.getStyleClass().add("sections");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("sidebar-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(scroll, footer());
        root.getStyleClass().addAll("sidebar", "show-controls");
        root.setId("show-controls");
        root.setPrefWidth(320);
        root.setMinWidth(250);
    }

    public Node root() {
        return root;
    }

    // ---- countdown ----

    private Node countdownSection() {
        CountdownViewModel countdown = viewModel.countdown();

        Label display = new Label();
        display.setId("countdown-display");
        display.getStyleClass().add("countdown-display");
        display.textProperty().bind(countdown.displayProperty());
        display.setMaxWidth(Double.MAX_VALUE);
        display.setAlignment(Pos.CENTER);
        showUrgency(display, countdown);
        countdown.phaseProperty().addListener((observable, before, after) -> showUrgency(display, countdown));
        countdown.urgencyProperty().addListener((observable, before, after) -> showUrgency(display, countdown));

        ToggleGroup lengths = new ToggleGroup();
        HBox presets = segmented(lengths, CountdownLength.ONE_MINUTE, CountdownLength.THREE_MINUTES,
                CountdownLength.FIVE_MINUTES, CountdownLength.TEN_MINUTES);
        HBox modes = segmented(lengths, CountdownLength.CUSTOM, CountdownLength.UNTIL_TIME);
        modes.setMinWidth(Region.USE_PREF_SIZE);
        selectLength(lengths, countdown.lengthProperty().get());
        countdown.lengthProperty().addListener((observable, before, after) -> selectLength(lengths, after));
        lengths.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null) {
                lengths.selectToggle(before); // a length is always chosen
            } else {
                countdown.lengthProperty().set((CountdownLength) after.getUserData());
            }
        });

        TextField custom = new TextField();
        custom.setId("countdown-custom");
        custom.setPromptText(TEXT.text("countdown.custom.prompt"));
        custom.textProperty().bindBidirectional(countdown.customLengthProperty());
        custom.setTooltip(new Tooltip(TEXT.text("countdown.custom.tooltip")));
        TextField until = new TextField();
        until.setId("countdown-until");
        until.setPromptText(TEXT.text("countdown.until.prompt"));
        until.textProperty().bindBidirectional(countdown.untilTimeProperty());
        until.setTooltip(new Tooltip(TEXT.text("countdown.until.tooltip")));
        until.visibleProperty().bind(countdown.lengthProperty().isEqualTo(CountdownLength.UNTIL_TIME));
        custom.visibleProperty().bind(until.visibleProperty().not());
        custom.disableProperty().bind(countdown.lengthProperty().isNotEqualTo(CountdownLength.CUSTOM));
        StackPane lengthField = new StackPane(custom, until);
        HBox.setHgrow(lengthField, Priority.ALWAYS);
        HBox modeRow = new HBox(8, modes, lengthField);
        modeRow.setAlignment(Pos.CENTER_LEFT);

        TextField label = new TextField();
        label.setId("countdown-label");
        label.setPromptText(TEXT.text("countdown.label.prompt"));
        label.textProperty().bindBidirectional(countdown.labelProperty());

        ComboBox<EndAction> endAction = new ComboBox<>();
        endAction.getItems().setAll(EndAction.values());
        endAction.setId("countdown-end-action");
        endAction.valueProperty().bindBidirectional(countdown.endActionProperty());
        endAction.setConverter(new StringConverter<>() {
            @Override
            public String toString(EndAction action) {
                return action == null ? "" : switch (action) {
                    case HIDE -> TEXT.text("countdown.end.hide");
                    case NEXT_PRODUCT -> TEXT.text("countdown.end.next-product");
                    case REVEAL_PROMO -> TEXT.text("countdown.end.reveal-promo");
                };
            }

            @Override
            public EndAction fromString(String text) {
                return null;
            }
        });
        endAction.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(endAction, Priority.ALWAYS);
        ComboBox<String> promo = new ComboBox<>(countdown.promoCodes());
        promo.setId("countdown-promo");
        promo.getStyleClass().add("data"); // the catalog's codes
        promo.valueProperty().bindBidirectional(countdown.revealedPromoProperty());
        promo.setPromptText(TEXT.text("countdown.promo.prompt"));
        promo.visibleProperty().bind(countdown.endActionProperty().isEqualTo(EndAction.REVEAL_PROMO));
        promo.managedProperty().bind(promo.visibleProperty());
        promo.setPrefWidth(110);
        HBox endRow = new HBox(8, endAction, promo);
        endRow.setAlignment(Pos.CENTER_LEFT);

        Button start = new Button(TEXT.text("countdown.start"));
        start.setId("countdown-start");
        start.getStyleClass().addAll("primary-button");
        start.setTooltip(new Tooltip(keys.withKey(TEXT.text("countdown.start.tooltip"), ShortcutAction.START_COUNTDOWN)));
        start.setOnAction(event -> countdown.start(CommandSource.WINDOW));
        ObservableBooleanValue idle = countdown.phaseProperty().isEqualTo(CountdownPhase.IDLE);
        Button less = new Button(TEXT.text("countdown.less"));
        less.setId("countdown-less");
        less.setTooltip(new Tooltip(TEXT.text("countdown.less.tooltip")));
        less.setOnAction(event -> countdown.adjust(CountdownViewModel.NUDGE.negated(), CommandSource.WINDOW));
        Button more = new Button(TEXT.text("countdown.more"));
        more.setId("countdown-more");
        more.setTooltip(new Tooltip(TEXT.text("countdown.more.tooltip")));
        more.setOnAction(event -> countdown.adjust(CountdownViewModel.NUDGE, CommandSource.WINDOW));
        Button stop = new Button(TEXT.text("countdown.stop"));
        stop.setId("countdown-stop");
        stop.setTooltip(new Tooltip(keys.withKey(TEXT.text("countdown.stop.tooltip"), ShortcutAction.STOP_COUNTDOWN)));
        stop.setOnAction(event -> countdown.stop(CommandSource.WINDOW));
        for (Button button : new Button[] {less, more, stop}) {
            button.disableProperty().bind(Bindings.createBooleanBinding(idle::get, idle));
        }
        less.getStyleClass().add("nudge-button");
        more.getStyleClass().add("nudge-button");
        for (Button nudge : new Button[] {less, more}) {
            nudge.setMaxWidth(Double.MAX_VALUE);
            nudge.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The nudges sit by the time they change; Start and Stop share the row under the settings.
        VBox nudges = new VBox(4, more, less);
        nudges.setAlignment(Pos.CENTER);
        HBox clockRow = new HBox(8, display, nudges);
        HBox.setHgrow(display, Priority.ALWAYS);
        display.setMaxHeight(Double.MAX_VALUE);
        HBox buttons = new HBox(8, start, stop);
        for (Button button : new Button[] {start, stop}) {
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(button, Priority.ALWAYS);
        }

        return section(TEXT.text("countdown.title"), onAirChip(countdown.phaseProperty().isNotEqualTo(CountdownPhase.IDLE)),
                clockRow, presets, modeRow, labelled(TEXT.text("countdown.label"), label), labelled(TEXT.text("countdown.at-zero"), endRow), buttons,
                message(countdown.feedback(), "countdown-message"));
    }

    private static void showUrgency(Label display, CountdownViewModel countdown) {
        display.getStyleClass().removeIf(style -> style.startsWith("urgency-") || style.equals("running"));
        if (countdown.phaseProperty().get() != CountdownPhase.IDLE) {
            display.getStyleClass().add("running");
            CountdownUrgency urgency = countdown.urgencyProperty().get();
            display.getStyleClass().add("urgency-" + urgency.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    private static HBox segmented(ToggleGroup group, CountdownLength... lengths) {
        HBox buttons = new HBox();
        buttons.getStyleClass().add("segmented");
        for (CountdownLength length : lengths) {
            ToggleButton button = new ToggleButton(length.label());
            button.setUserData(length);
            button.setToggleGroup(group);
            button.setId("countdown-" + length.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
            buttons.getChildren().add(button);
        }
        return buttons;
    }

    private static void selectLength(ToggleGroup group, CountdownLength length) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData() == length) {
                group.selectToggle(toggle);
            }
        }
    }

    // ---- promo codes ----

    private Node promoSection() {
        PromoViewModel promos = viewModel.promos();
        VBox rows = new VBox(6);
        rows.setId("promo-rows");
        Runnable showRows = () -> {
            rows.getChildren().clear();
            for (int index = 0; index < promos.rows().size(); index++) {
                rows.getChildren().add(promoRow(promos, promos.rows().get(index), index == 0));
            }
            if (promos.rows().isEmpty()) {
                rows.getChildren().add(hint(TEXT.text("promo.none")));
            }
        };
        promos.rows().addListener((ListChangeListener<PromoCodeRow>) change -> showRows.run());
        showRows.run();
        Label chip = new Label(TEXT.text("on-air-chip"));
        chip.getStyleClass().add("on-air-chip");
        // On air when any row is: each row's flag changes without the list changing.
        promos.rows().addListener((ListChangeListener<PromoCodeRow>) change -> watchPromoFlags(promos, chip));
        watchPromoFlags(promos, chip);
        return section(TEXT.text("promo.title"), chip, rows, message(promos.feedback(), "promo-message"));
    }

    private static void watchPromoFlags(PromoViewModel promos, Label chip) {
        Runnable update = () -> chip.setVisible(promos.rows().stream().anyMatch(PromoCodeRow::isOnAir));
        promos.rows().forEach(row -> row.onAirProperty().addListener((observable, before, after) -> update.run()));
        update.run();
    }

    private Node promoRow(PromoViewModel promos, PromoCodeRow row, boolean first) {
        Label code = new Label(row.code());
        code.getStyleClass().addAll("promo-code", "data");
        code.setMinWidth(Region.USE_PREF_SIZE);
        Label timeLeft = new Label();
        timeLeft.getStyleClass().add("promo-time-left");
        timeLeft.textProperty().bind(row.timeLeftProperty());
        timeLeft.setMinWidth(Region.USE_PREF_SIZE);
        HBox codeLine = new HBox(10, code, timeLeft);
        codeLine.setAlignment(Pos.BASELINE_LEFT);
        Label detail = new Label(TEXT.text("promo.detail", row.discount(), row.validity()));
        detail.setTooltip(new Tooltip(TEXT.text(row.validFromShowing() ? "promo.detail.tooltip.from-shown" : "promo.detail.tooltip",
                row.discount(), row.validity())));
        // the discount is the catalog's words (the validity's are the window's, from the bundle)
        detail.getStyleClass().addAll("promo-detail", "data");
        detail.setWrapText(true);
        detail.setMinWidth(0);
        VBox text = new VBox(2, codeLine, detail);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button toggle = new Button();
        toggle.setId("promo-" + row.code().replaceAll("[^A-Za-z0-9_-]", "_"));
        toggle.getStyleClass().add("on-air-toggle");
        toggle.textProperty().bind(Bindings.when(row.onAirProperty()).then(TEXT.text("hide")).otherwise(TEXT.text("show")));
        toggle.pseudoClassStateChanged(ON_AIR, row.isOnAir());
        row.onAirProperty().addListener((observable, before, shown) -> toggle.pseudoClassStateChanged(ON_AIR, shown));
        String tip = TEXT.text("promo.toggle.tooltip", row.code());
        toggle.setTooltip(new Tooltip(first ? keys.withKey(tip, ShortcutAction.TOGGLE_PROMO) : tip));
        toggle.setOnAction(event -> promos.toggle(row, CommandSource.WINDOW));
        toggle.setMinWidth(64);

        HBox line = new HBox(10, text, toggle);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("promo-row");
        line.pseudoClassStateChanged(ON_AIR, row.isOnAir());
        row.onAirProperty().addListener((observable, before, shown) -> line.pseudoClassStateChanged(ON_AIR, shown));
        return line;
    }

    // ---- lower third and banner ----

    private Node lowerThirdSection() {
        LowerThirdViewModel lowerThird = viewModel.lowerThird();
        TextField name = new TextField();
        name.setId("lower-third-name");
        name.setPromptText(TEXT.text("lower-third.name.prompt"));
        name.textProperty().bindBidirectional(lowerThird.nameProperty());
        TextField role = new TextField();
        role.setId("lower-third-role");
        role.setPromptText(TEXT.text("lower-third.role.prompt"));
        role.textProperty().bindBidirectional(lowerThird.roleProperty());
        // Enter puts what was typed on air (or updates what is there).
        name.setOnAction(event -> lowerThird.show(CommandSource.WINDOW));
        role.setOnAction(event -> lowerThird.show(CommandSource.WINDOW));
        Button toggle = onAirToggle("lower-third-toggle", lowerThird.onAirProperty(),
                keys.withKey(TEXT.text("lower-third.toggle.tooltip"), ShortcutAction.TOGGLE_LOWER_THIRD));
        toggle.setOnAction(event -> lowerThird.toggle(CommandSource.WINDOW));
        HBox.setHgrow(role, Priority.ALWAYS);
        HBox row = new HBox(8, role, toggle);
        row.setAlignment(Pos.CENTER_LEFT);
        return section(TEXT.text("lower-third.title"), onAirChip(lowerThird.onAirProperty()), name, row,
                message(lowerThird.feedback(), "lower-third-message"));
    }

    private Node bannerSection() {
        BannerViewModel banner = viewModel.banner();
        TextField text = new TextField();
        text.setId("banner-text");
        text.setPromptText(TEXT.text("banner.prompt"));
        text.textProperty().bindBidirectional(banner.textProperty());
        text.setOnAction(event -> banner.show(CommandSource.WINDOW));
        HBox.setHgrow(text, Priority.ALWAYS);
        Button toggle = onAirToggle("banner-toggle", banner.onAirProperty(),
                keys.withKey(TEXT.text("banner.toggle.tooltip"), ShortcutAction.TOGGLE_BANNER));
        toggle.setOnAction(event -> banner.toggle(CommandSource.WINDOW));
        HBox row = new HBox(8, text, toggle);
        row.setAlignment(Pos.CENTER_LEFT);
        return section(TEXT.text("banner.title"), onAirChip(banner.onAirProperty()), row, message(banner.feedback(), "banner-message"));
    }

    private static Button onAirToggle(String id, javafx.beans.property.ReadOnlyBooleanProperty onAir, String tooltip) {
        Button toggle = new Button();
        toggle.setId(id);
        toggle.getStyleClass().add("on-air-toggle");
        toggle.textProperty().bind(Bindings.when(onAir).then(TEXT.text("hide")).otherwise(TEXT.text("show")));
        toggle.pseudoClassStateChanged(ON_AIR, onAir.get());
        onAir.addListener((observable, before, shown) -> toggle.pseudoClassStateChanged(ON_AIR, shown));
        toggle.setTooltip(new Tooltip(tooltip));
        toggle.setMinWidth(64);
        return toggle;
    }

    // ---- hide all ----

    private Node footer() {
        Button hideAll = new Button(TEXT.text("hide-all"));
        hideAll.setId("hide-all");
        hideAll.getStyleClass().addAll("action-button", "hide-all-button");
        hideAll.setTooltip(new Tooltip(keys.withKey(TEXT.text("hide-all.tooltip"), ShortcutAction.HIDE_ALL)));
        hideAll.setOnAction(event -> viewModel.hideAll(CommandSource.WINDOW));
        hideAll.setMaxWidth(Double.MAX_VALUE);

        Label activity = new Label();
        activity.setId("show-activity");
        activity.getStyleClass().add("show-activity");
        activity.textProperty().bind(viewModel.lastActivityProperty());
        activity.setMaxWidth(Double.MAX_VALUE);
        Tooltip activityTip = new Tooltip();
        activityTip.textProperty().bind(Bindings.createStringBinding(() -> TEXT.text("activity.tooltip", viewModel.lastActivityProperty().get()),
                viewModel.lastActivityProperty()));
        activity.setTooltip(activityTip);

        VBox footer = new VBox(8, hideAll, message(viewModel.hideAllFeedback(), "hide-all-message"), activity);
        footer.getStyleClass().add("actions");
        return footer;
    }

    // ---- shared pieces ----

    private static Label onAirChip(ObservableBooleanValue onAir) {
        Label chip = new Label(TEXT.text("on-air-chip"));
        chip.getStyleClass().add("on-air-chip");
        chip.visibleProperty().bind(Bindings.createBooleanBinding(onAir::get, onAir));
        return chip;
    }

    private static Label message(Feedback feedback, String id) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().add("validation-message");
        message.textProperty().bind(feedback.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        return message;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return hint;
    }

    private static Node labelled(String text, Node control) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setMinWidth(64);
        label.setPrefWidth(64);
        HBox.setHgrow(control, Priority.ALWAYS);
        if (control instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        HBox row = new HBox(8, label, control);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Node section(String title, Node headerExtra, Node... content) {
        Label heading = new Label(title.toUpperCase(Messages.locale()));
        heading.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(heading, spacer, headerExtra);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox section = new VBox(10, header);
        section.getChildren().addAll(content);
        section.getStyleClass().add("section");
        return section;
    }
}
