package live.studio.show;

import live.studio.compose.Layout;

/**
 * What the program itself does on command: go live, stop, record, switch layout. The studio that runs the engine
 * implements it (the window with its destinations form, the headless command with its {@code --output} and
 * {@code --record}); no method takes a URL or a file path, so no command can point the studio anywhere new.
 *
 * <p>Called under the controller's lock: check what can be checked at once (throw {@link CommandException} naming the
 * field), hand the slow engine work to your own thread and return. Outputs' progress shows in their status.
 */
public interface ProgramActions {

    /** Starts every configured destination; nothing happens when they already stream. */
    void startStreaming() throws CommandException;

    /** Stops every destination; the recording goes on. */
    void stopStreaming() throws CommandException;

    /** Starts the recording; nothing happens when it already records. */
    void startRecording() throws CommandException;

    /** Finishes the recording file; the streams go on. */
    void stopRecording() throws CommandException;

    void setLayout(Layout layout) throws CommandException;
}
