package live.studio.ui.main;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import live.studio.capture.SourceException;
import live.studio.ui.common.FilePicker;
import live.studio.ui.common.Notice;
import live.studio.ui.common.Notifications;
import live.studio.ui.common.UiThread;

/**
 * One source picker (main video, second video, audio): what it offers, what the operator selected and what the
 * engine actually runs. Opening a source may take a while (a camera), so it happens on the engine-calls thread; if it
 * fails the operator is told why and the selection goes back to the source still on air.
 *
 * @param <S> the spec type
 */
public final class SourcePicker<S> {
    private static final live.studio.ui.common.Messages TEXT = live.studio.ui.common.Messages.of(SourcePicker.class);

    /** Puts the source on air; throws when it cannot open. */
    @FunctionalInterface
    public interface Switcher<S> {
        void switchTo(S spec) throws SourceException;
    }

    private final String label;
    private final Switcher<S> switcher;
    private final Executor engineCalls;
    private final UiThread ui;
    private final FilePicker files;
    private final Notifications notifications;
    private final ObservableList<SourceChoice<S>> choices = FXCollections.observableArrayList();
    private final ObjectProperty<SourceChoice<S>> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<SourceChoice.Ready<S>> active = new ReadOnlyObjectWrapper<>(this, "active");
    private boolean settingSelection;

    SourcePicker(String label, List<SourceChoice<S>> initialChoices, SourceChoice.Ready<S> initial, Switcher<S> switcher,
                 Executor engineCalls, UiThread ui, FilePicker files, Notifications notifications) {
        this.label = label;
        this.switcher = switcher;
        this.engineCalls = engineCalls;
        this.ui = ui;
        this.files = files;
        this.notifications = notifications;
        choices.setAll(initialChoices);
        selected.set(initial);
        selected.addListener((observable, before, after) -> selectionChanged(after));
    }

    public String label() {
        return label;
    }

    public ObservableList<SourceChoice<S>> choices() {
        return choices;
    }

    /** What the operator picked; bound both ways to the picker control. */
    public ObjectProperty<SourceChoice<S>> selectedProperty() {
        return selected;
    }

    /** The source on air; null until the first one opened. */
    public ReadOnlyObjectProperty<SourceChoice.Ready<S>> activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Puts the selected choice on air (at start-up). */
    void applySelection() {
        if (selected.get() instanceof SourceChoice.Ready<S> ready) {
            switchTo(ready);
        }
    }

    /** New device lists: the choice on air stays offered even when its device is no longer listed. */
    void replaceChoices(List<SourceChoice<S>> offered) {
        SourceChoice<S> current = selected.get();
        settingSelection = true;
        try {
            choices.setAll(offered);
            if (current != null && !choices.contains(current)) {
                choices.addFirst(current);
            }
            selected.set(current);
        } finally {
            settingSelection = false;
        }
    }

    private void selectionChanged(SourceChoice<S> choice) {
        if (settingSelection || choice == null) {
            return;
        }
        switch (choice) {
            case SourceChoice.Ready<S> ready -> {
                if (!ready.equals(active.get())) {
                    switchTo(ready);
                }
            }
            // The file chooser is modal: open it once the picker has finished handling the click.
            case SourceChoice.AskForFile<S> askForFile -> ui.later(() -> askForFile(askForFile));
        }
    }

    private void askForFile(SourceChoice.AskForFile<S> askForFile) {
        Optional<java.nio.file.Path> file = files.choose(askForFile.kind());
        if (file.isEmpty()) {
            revertSelection();
            return;
        }
        SourceChoice.Ready<S> chosen = askForFile.chosen(file.get());
        if (!choices.contains(chosen)) {
            choices.add(choices.indexOf(askForFile), chosen);
        }
        selected.set(chosen);
    }

    private void switchTo(SourceChoice.Ready<S> choice) {
        engineCalls.execute(() -> {
            try {
                switcher.switchTo(choice.spec());
                ui.execute(() -> active.set(choice));
            } catch (SourceException | RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                ui.execute(() -> {
                    notifications.post(Notice.error(TEXT.text("notice.cannot-use", label, SourceChoices.displayName(choice), reason)));
                    if (Objects.equals(selected.get(), choice)) {
                        revertSelection();
                    }
                });
            }
        });
    }

    private void revertSelection() {
        settingSelection = true;
        try {
            selected.set(active.get());
        } finally {
            settingSelection = false;
        }
    }
}
