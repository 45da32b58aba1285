package live.studio.ui.runsheet;

import live.studio.show.runsheet.RunSheet;

/**
 * What the run-sheet views need from whoever runs the show: its run-sheet, where it is, and taking an edited run-sheet
 * while it runs (no restart). The cue engine implements it; {@link StaticRunSheet} stands in when nothing runs.
 */
public interface RunSheetEngine {

    RunSheet runSheet();

    /** A snapshot, cheap enough to read several times a second from the UI thread. */
    RunProgress progress();

    /** Applies an edit at once; a running show keeps its place (the segment on air by its id). */
    void replaceRunSheet(RunSheet edited);
}
