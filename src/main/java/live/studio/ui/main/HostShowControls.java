package live.studio.ui.main;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import live.studio.show.CommandSource;
import live.studio.ui.commerce.CommerceViewModel;
import live.studio.ui.commerce.CountdownLength;
import live.studio.ui.commerce.CountdownPhase;
import live.studio.ui.commerce.CountdownViewModel;
import live.studio.ui.commerce.PromoCodeRow;
import live.studio.ui.commerce.PromoViewModel;
import live.studio.ui.commerce.ShortcutAction;
import live.studio.ui.common.Icons;
import live.studio.ui.common.Messages;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * Host mode's countdown and promo codes, compact: the countdown's time, its usual lengths, start and stop; each promo
 * code with show/hide. The same view-models as the producer's commerce panel, so both act alike and stay in step;
 * the label, the end action and a custom length are set in producer mode.
 */
final class HostShowControls {
    private static final Messages TEXT = Messages.of(HostShowControls.class);
    private static final PseudoClass ON_AIR = PseudoClass.getPseudoClass("on-air");
    /** More codes than this do not fit under the run-sheet: the producer's panel has them all. */
    private static final int PROMO_ROWS_SHOWN = 4;

    private final CommerceViewModel commerce;
    private final WindowShortcuts keys;
    private final VBox root = new VBox(8);

    HostShowControls(CommerceViewModel commerce, WindowShortcuts keys) {
        this.commerce = commerce;
        this.keys = keys;
        root.getChildren().addAll(countdown(), promos());
        root.getStyleClass().add("host-show-controls");
        root.setMinWidth(0);
        root.setId("host-show-controls");
    }

    Node root() {
        return root;
    }

    private Node countdown() {
        CountdownViewModel countdown = commerce.countdown();
        Label display = new Label();
        display.setId("countdown-display");
        display.getStyleClass().addAll("countdown-display", "host-countdown-display");
        display.textProperty().bind(countdown.displayProperty());
        display.setMinWidth(Region.USE_PREF_SIZE);
        Runnable urgency = () -> {
            display.getStyleClass().removeIf(style -> style.startsWith("urgency-") || style.equals("running"));
            if (countdown.phaseProperty().get() != CountdownPhase.IDLE) {
                display.getStyleClass().addAll("running", "urgency-"
                        + countdown.urgencyProperty().get().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        };
        countdown.phaseProperty().addListener((observable, before, after) -> urgency.run());
        countdown.urgencyProperty().addListener((observable, before, after) -> urgency.run());
        urgency.run();

        ToggleGroup lengths = new ToggleGroup();
        HBox presets = new HBox();
        presets.getStyleClass().add("segmented");
        for (CountdownLength length : new CountdownLength[] {CountdownLength.ONE_MINUTE, CountdownLength.THREE_MINUTES,
                CountdownLength.FIVE_MINUTES, CountdownLength.TEN_MINUTES}) {
            ToggleButton button = new ToggleButton(length.label());
            button.setUserData(length);
            button.setToggleGroup(lengths);
            button.setId("countdown-" + length.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setMaxWidth(Double.MAX_VALUE);
            button.setFocusTraversable(false);
            HBox.setHgrow(button, Priority.ALWAYS);
            presets.getChildren().add(button);
        }
        select(lengths, countdown.lengthProperty().get());
        countdown.lengthProperty().addListener((observable, before, after) -> select(lengths, after));
        lengths.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after != null) {
                countdown.lengthProperty().set((CountdownLength) after.getUserData());
            }
        });

        Button start = Icons.decorate(new Button(), MaterialDesignP.PLAY);
        start.setId("countdown-start");
        start.getStyleClass().add("primary-button");
        start.setText(TEXT.text("countdown.start"));
        keys.tooltip(start, () -> TEXT.text("countdown.start.tooltip"), ShortcutAction.START_COUNTDOWN);
        start.setOnAction(event -> countdown.start(CommandSource.WINDOW));
        Button stop = Icons.decorate(new Button(TEXT.text("countdown.stop")), MaterialDesignS.STOP);
        stop.setId("countdown-stop");
        keys.tooltip(stop, () -> TEXT.text("countdown.stop.tooltip"), ShortcutAction.STOP_COUNTDOWN);
        stop.setOnAction(event -> countdown.stop(CommandSource.WINDOW));
        stop.disableProperty().bind(countdown.phaseProperty().isEqualTo(CountdownPhase.IDLE));
        for (Button button : new Button[] {start, stop}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setFocusTraversable(false);
        }
        // The time and its buttons on one line, the lengths under them: side by side they would not fit the column.
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, display, spacer, start, stop);
        row.setAlignment(Pos.CENTER_LEFT);
        presets.setMaxWidth(Double.MAX_VALUE);
        Label message = message(countdown.feedback().messageProperty(), "countdown-message");
        return section(TEXT.text("countdown.title"), row, presets, message);
    }

    private Node promos() {
        PromoViewModel promos = commerce.promos();
        VBox rows = new VBox(4);
        rows.setId("promo-rows");
        Runnable fill = () -> {
            rows.getChildren().clear();
            for (int index = 0; index < Math.min(PROMO_ROWS_SHOWN, promos.rows().size()); index++) {
                rows.getChildren().add(promoRow(promos, promos.rows().get(index), index == 0));
            }
            if (promos.rows().isEmpty()) {
                Label none = new Label(TEXT.text("promo.none"));
                none.getStyleClass().add("hint");
                rows.getChildren().add(none);
            }
        };
        promos.rows().addListener((ListChangeListener<PromoCodeRow>) change -> fill.run());
        fill.run();
        return section(TEXT.text("promo.title"), rows, message(promos.feedback().messageProperty(), "promo-message"));
    }

    private Node promoRow(PromoViewModel promos, PromoCodeRow row, boolean first) {
        Label code = new Label(row.code());
        code.getStyleClass().addAll("promo-code", "data"); // the show file's code
        code.setMinWidth(Region.USE_PREF_SIZE);
        Label detail = new Label();
        detail.textProperty().bind(Bindings.concat(row.discount() + " ", row.timeLeftProperty()));
        detail.getStyleClass().addAll("promo-detail", "data"); // the show file's discount and its time left
        detail.setMinWidth(0);
        detail.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(detail, Priority.ALWAYS);
        Button toggle = new Button();
        toggle.setId("promo-" + row.code().replaceAll("[^A-Za-z0-9_-]", "_"));
        toggle.getStyleClass().add("on-air-toggle");
        toggle.textProperty().bind(Bindings.createStringBinding(
                () -> row.isOnAir() ? TEXT.text("promo.hide") : TEXT.text("promo.show"), row.onAirProperty()));
        toggle.pseudoClassStateChanged(ON_AIR, row.isOnAir());
        row.onAirProperty().addListener((observable, before, shown) -> toggle.pseudoClassStateChanged(ON_AIR, shown));
        if (first) {
            keys.tooltip(toggle, () -> TEXT.text("promo.toggle.tooltip", row.code()), ShortcutAction.TOGGLE_PROMO);
        } else {
            toggle.setTooltip(new javafx.scene.control.Tooltip(TEXT.text("promo.toggle.tooltip", row.code())));
        }
        toggle.setOnAction(event -> promos.toggle(row, CommandSource.WINDOW));
        toggle.setMinWidth(64);
        toggle.setFocusTraversable(false);
        HBox line = new HBox(8, code, detail, toggle);
        line.setMinWidth(0);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("promo-row");
        line.pseudoClassStateChanged(ON_AIR, row.isOnAir());
        row.onAirProperty().addListener((observable, before, shown) -> line.pseudoClassStateChanged(ON_AIR, shown));
        return line;
    }

    private static void select(ToggleGroup group, CountdownLength length) {
        Toggle chosen = null;
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData() == length) {
                chosen = toggle;
            }
        }
        // A custom length or a time of day (set in producer mode) is none of the presets.
        group.selectToggle(chosen);
    }

    private static Label message(javafx.beans.value.ObservableStringValue text, String id) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().add("validation-message");
        message.textProperty().bind(text);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setWrapText(true);
        return message;
    }

    private static Node section(String title, Node... content) {
        Label heading = new Label(title.toUpperCase(Locale.ROOT));
        heading.getStyleClass().add("section-title");
        VBox section = new VBox(6, heading);
        section.getChildren().addAll(content);
        section.getStyleClass().add("host-section");
        return section;
    }
}
