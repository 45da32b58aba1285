package live.studio.ui.preflight;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import live.studio.output.Destination;
import live.studio.preflight.CheckOutcome;
import live.studio.preflight.CheckResult;
import live.studio.preflight.DestinationProbe;
import live.studio.preflight.Finding;
import live.studio.preflight.PreflightCheck;
import live.studio.preflight.PreflightRun;
import live.studio.preflight.StreamKeyCheck;
import live.studio.ui.common.Messages;
import live.studio.ui.common.UiThread;
import live.studio.ui.destinations.DestinationEntry;
import live.studio.ui.destinations.DestinationsViewModel;
import live.studio.ui.destinations.PlatformPreset;
import live.studio.encode.EncoderSettings;
import live.studio.media.VideoFormat;

/**
 * The pre-flight's state: one row per check, filled in as each finishes (off the FX thread, results handed over by
 * {@link UiThread}); Go Live is allowed once every check has answered and none failed. When some of several
 * destinations fail (and nothing else does), it offers to go live to the others, unticking the failed ones.
 * UI thread only.
 */
public final class PreflightViewModel {
    private static final Messages TEXT = Messages.of(PreflightViewModel.class);
    static final String DESTINATIONS_ID = "destinations";
    static final String PLATFORMS_ID = "platform-settings";

    private final DestinationsViewModel destinations;
    private final DestinationProbe probe;
    private final Supplier<List<PreflightCheck>> localChecks;
    private final Duration deadline;
    private final UiThread ui;
    private final ObservableList<PreflightRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyBooleanWrapper goLiveAllowed = new ReadOnlyBooleanWrapper(this, "goLiveAllowed");
    private final ReadOnlyBooleanWrapper othersOffered = new ReadOnlyBooleanWrapper(this, "othersOffered");
    private final ReadOnlyStringWrapper othersLabel = new ReadOnlyStringWrapper(this, "othersLabel", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Map<String, PreflightRow> byId = new LinkedHashMap<>();
    private final List<DestinationEntry> checkedDestinations = new ArrayList<>();
    private PreflightRun run;
    private int generation;
    private EncoderSettings platformEncoder;
    private VideoFormat platformFormat;
    private long startNanos;
    private Duration lastElapsed = Duration.ZERO;

    /**
     * @param localChecks camera, microphone, encoder, disk: made fresh for each run, on the UI thread
     * @param deadline    the whole pre-flight's time
     */
    public PreflightViewModel(DestinationsViewModel destinations, DestinationProbe probe,
                              Supplier<List<PreflightCheck>> localChecks, Duration deadline, UiThread ui) {
        this.destinations = Objects.requireNonNull(destinations);
        this.probe = Objects.requireNonNull(probe);
        this.localChecks = Objects.requireNonNull(localChecks);
        this.deadline = Objects.requireNonNull(deadline);
        this.ui = Objects.requireNonNull(ui);
    }

    /** Also checks that the show's one encode suits each ticked destination's platform (bitrate, orientation, keyframes). */
    public void checkPlatformsAgainst(EncoderSettings encoder, VideoFormat format) {
        this.platformEncoder = Objects.requireNonNull(encoder);
        this.platformFormat = Objects.requireNonNull(format);
    }

    public ObservableList<PreflightRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** Every check answered and none failed. */
    public ReadOnlyBooleanProperty goLiveAllowedProperty() {
        return goLiveAllowed.getReadOnlyProperty();
    }

    /** Some destinations failed, the others and everything else did not: "Go live to 2 of 3" is offered. */
    public ReadOnlyBooleanProperty othersOfferedProperty() {
        return othersOffered.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty othersLabelProperty() {
        return othersLabel.getReadOnlyProperty();
    }

    /** "Checking…", then "Checked in 3.1 s". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How long the last finished run took. */
    public Duration lastElapsed() {
        return lastElapsed;
    }

    public java.util.Optional<PreflightRow> row(String checkId) {
        return java.util.Optional.ofNullable(byId.get(checkId));
    }

    /** Starts (or starts again) every check for the destinations ticked now. */
    public void start() {
        cancel();
        rows.clear();
        byId.clear();
        checkedDestinations.clear();
        finished.set(false);
        goLiveAllowed.set(false);
        othersOffered.set(false);
        othersLabel.set("");
        summary.set(TEXT.text("summary.running"));
        List<PreflightCheck> checks = new ArrayList<>();
        List<CheckResult> known = new ArrayList<>();
        List<DestinationEntry> ticked = destinations.enabledEntries();
        if (ticked.isEmpty()) {
            addRow(DESTINATIONS_ID, TEXT.text("title.destinations"), null);
            known.add(CheckResult.failed(DESTINATIONS_ID, "destination.none"));
        }
        List<StreamKeyCheck.KeySource> keys = new ArrayList<>();
        for (int index = 0; index < ticked.size(); index++) {
            DestinationEntry entry = ticked.get(index);
            String id = "destination-" + (index + 1);
            checkedDestinations.add(entry);
            addRow(id, TEXT.text("title.destination", entry.name()), entry);
            StreamKeyCheck.KeySource key = new StreamKeyCheck.KeySource(entry.name(), entry.hasStreamKey(), entry.saved().serverUrl());
            keys.add(key);
            try {
                Destination destination = StreamKeyCheck.hasKey(key) && !entry.hasStreamKey()
                        ? Destination.parse(entry.name(), entry.saved().serverUrl())
                        : entry.toDestination();
                checks.add(probe.check(id, destination));
            } catch (IllegalArgumentException invalid) {
                known.add(StreamKeyCheck.hasKey(key)
                        ? CheckResult.failed(id, "destination.invalid", entry.name(), String.valueOf(invalid.getMessage()))
                        : CheckResult.warning(id, "destination.no-key", entry.name()));
            }
        }
        if (!ticked.isEmpty()) {
            addRow(StreamKeyCheck.ID, TEXT.text("title.stream-key"), null);
            checks.add(StreamKeyCheck.check(keys));
            if (platformEncoder != null) {
                addRow(PLATFORMS_ID, TEXT.text("title.platform-settings"), null);
                checks.add(platformCheck(ticked));
            }
        }
        for (PreflightCheck check : localChecks.get()) {
            String titleKey = "title." + check.id();
            addRow(check.id(), TEXT.text(titleKey), null);
            checks.add(check);
        }
        startNanos = System.nanoTime();
        int thisRun = ++generation;
        known.forEach(this::apply);
        // a result of an earlier run (cancelled by "Check again") may still be on its way: it is dropped
        run = PreflightRun.start(checks, deadline, result -> ui.execute(() -> {
            if (thisRun == generation) {
                apply(result);
            }
        }));
        if (checks.isEmpty()) {
            complete();
        }
    }

    /**
     * The platforms' own rules, read now on the UI thread (their words come from the destinations' bundle, in the
     * operator's language): a mismatch is a warning, since the platform usually still takes the stream.
     */
    private PreflightCheck platformCheck(List<DestinationEntry> ticked) {
        List<PlatformPreset> platforms = ticked.stream().map(DestinationEntry::preset).distinct().toList();
        List<String> problems = platforms.stream()
                .flatMap(platform -> platform.checkEncoder(platformEncoder, platformFormat).stream())
                .map(PlatformPreset.EncoderProblem::message).toList();
        long known = platforms.stream().filter(platform -> platform.recommendation().isPresent()).count();
        CheckResult result = problems.isEmpty()
                ? known == 0 ? CheckResult.ok(PLATFORMS_ID, "platform-settings.custom")
                        : CheckResult.ok(PLATFORMS_ID, "platform-settings.ok", known)
                : CheckResult.warning(PLATFORMS_ID, "platform-settings.problems", String.join(" ", problems));
        return PreflightCheck.of(PLATFORMS_ID, result, () -> result);
    }

    private void addRow(String id, String title, DestinationEntry entry) {
        PreflightRow row = new PreflightRow(id, title, entry, TEXT.text("state.running"));
        rows.add(row);
        byId.put(id, row);
    }

    private void apply(CheckResult result) {
        PreflightRow row = byId.get(result.checkId());
        if (row == null || row.state() != RowState.RUNNING) {
            return;
        }
        row.finish(result, describe(result.finding()));
        if (rows.stream().noneMatch(candidate -> candidate.state() == RowState.RUNNING)) {
            complete();
        }
    }

    /** The finding in the operator's language. */
    static String describe(Finding finding) {
        String key = "finding." + finding.key();
        return TEXT.text(key, finding.arguments().toArray());
    }

    private void complete() {
        lastElapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        finished.set(true);
        boolean anyFailed = rows.stream().anyMatch(row -> row.state() == RowState.FAILED);
        goLiveAllowed.set(!anyFailed && !rows.isEmpty());
        List<DestinationEntry> failing = failingDestinations();
        int good = checkedDestinations.size() - failing.size();
        boolean onlyDestinationsFailed = rows.stream().filter(row -> row.state() == RowState.FAILED)
                .allMatch(row -> row.destination().isPresent() || row.checkId().equals(StreamKeyCheck.ID));
        boolean offer = anyFailed && !failing.isEmpty() && good > 0 && onlyDestinationsFailed;
        othersOffered.set(offer);
        othersLabel.set(offer ? TEXT.text("button.go-live-others", good, checkedDestinations.size()) : "");
        summary.set(TEXT.text(anyFailed ? "summary.failed" : "summary.done", lastElapsed.toMillis() / 1000.0));
    }

    /** Destinations whose server failed, or whose key is missing. */
    List<DestinationEntry> failingDestinations() {
        List<DestinationEntry> failing = new ArrayList<>();
        for (PreflightRow row : rows) {
            row.destination().ifPresent(entry -> {
                boolean keyMissing = !StreamKeyCheck.hasKey(new StreamKeyCheck.KeySource(entry.name(), entry.hasStreamKey(),
                        entry.saved().serverUrl()));
                if (row.state() == RowState.FAILED || keyMissing) {
                    failing.add(entry);
                }
            });
        }
        return failing;
    }

    /** Unticks the destinations that failed, so Go Live streams to the others; false when that is not on offer. */
    public boolean untickFailedDestinations() {
        if (!othersOffered.get()) {
            return false;
        }
        failingDestinations().forEach(entry -> entry.enabledProperty().set(false));
        return true;
    }

    /** Stops the checks still running (the dialog closed or "Check again"). */
    public void cancel() {
        generation++;
        if (run != null) {
            run.cancel();
            run = null;
        }
    }

    /** The run under way or last finished, for tests. */
    PreflightRun currentRun() {
        return run;
    }

    /** Whether any row ended in this state. */
    public boolean any(CheckOutcome outcome) {
        RowState state = RowState.of(outcome);
        return rows.stream().anyMatch(row -> row.state() == state);
    }
}
