package live.studio.ui.preflight;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.stage.Window;
import live.studio.preflight.DestinationProbe;
import live.studio.preflight.PreflightRun;
import live.studio.ui.common.UiThread;
import live.studio.ui.destinations.DestinationsViewModel;
import live.studio.ui.main.MainViewModel;

/**
 * The operator's Go Live passes here: the pre-flight window opens, and the streams start only when the operator
 * chooses Go Live in it (or "go live to the others"). Cancel leaves everything off air.
 */
public final class PreflightGate implements MainViewModel.GoLiveGate {
    private final Supplier<Window> owner;
    private final DestinationsViewModel destinations;
    private final PreflightInputs inputs;
    private final UiThread ui;
    private PreflightDialog open;

    public PreflightGate(Supplier<Window> owner, DestinationsViewModel destinations, PreflightInputs inputs, UiThread ui) {
        this.owner = Objects.requireNonNull(owner);
        this.destinations = Objects.requireNonNull(destinations);
        this.inputs = Objects.requireNonNull(inputs);
        this.ui = Objects.requireNonNull(ui);
    }

    @Override
    public void beforeGoLive(Runnable goLive) {
        if (open != null && open.isShowing()) {
            return; // Go Live pressed again while the pre-flight is open
        }
        PreflightViewModel model = new PreflightViewModel(destinations, new DestinationProbe(), inputs::checks,
                PreflightRun.DEFAULT_DEADLINE, ui);
        model.checkPlatformsAgainst(inputs.encoderSettings(), inputs.engine().format());
        open = new PreflightDialog(model, new PreflightDialog.Choice() {
            @Override
            public void goLive() {
                open = null;
                goLive.run();
            }

            @Override
            public void cancelled() {
                open = null;
            }
        });
        open.show(owner.get());
    }

    /** The pre-flight window now open, for tests. */
    public java.util.Optional<PreflightDialog> openDialog() {
        return java.util.Optional.ofNullable(open);
    }
}
