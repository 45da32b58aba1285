package live.studio.ui.runsheet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import live.studio.show.runsheet.SegmentDurations;
import live.studio.ui.common.Messages;

/**
 * The run-sheet as one bar: a block per segment, as wide as its planned share of the show; over each block what
 * actually ran, red where it ran over. Redrawn only when the blocks change.
 */
public final class TimelineBar extends Pane {
    private static final Messages TEXT = Messages.of(TimelineBar.class);
    private static final PseudoClass ON_AIR = PseudoClass.getPseudoClass("on-air");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");
    private static final double HEIGHT_PIXELS = 34;

    private List<RunTiming.Block> blocks = List.of();
    private final List<BlockView> views = new ArrayList<>();

    public TimelineBar() {
        getStyleClass().add("timeline");
        setPrefHeight(HEIGHT_PIXELS);
        setMinHeight(HEIGHT_PIXELS);
        setMinWidth(0);
    }

    /** One segment's block: the plan's box, the actual's fill over it, the title. */
    private static final class BlockView extends StackPane {
        final Region actual = new Region();
        final Label title = new Label();

        BlockView() {
            getStyleClass().add("timeline-block");
            actual.getStyleClass().add("timeline-actual");
            actual.setManaged(false);
            title.getStyleClass().addAll("timeline-title", "data"); // the segment's title, from the show file
            title.setMinWidth(0);
            StackPane.setAlignment(title, Pos.CENTER_LEFT);
            getChildren().addAll(actual, title);
            setMinWidth(0);
        }
    }

    public void setBlocks(List<RunTiming.Block> newBlocks) {
        if (newBlocks.equals(blocks)) {
            return;
        }
        blocks = List.copyOf(newBlocks);
        while (views.size() < blocks.size()) {
            BlockView view = new BlockView();
            views.add(view);
            getChildren().add(view);
        }
        while (views.size() > blocks.size()) {
            getChildren().remove(views.removeLast());
        }
        for (int index = 0; index < blocks.size(); index++) {
            RunTiming.Block block = blocks.get(index);
            BlockView view = views.get(index);
            view.setId("timeline-" + block.segmentId());
            view.title.setText(block.title());
            boolean over = block.actual().map(actual -> actual.compareTo(block.planned()) > 0).orElse(false);
            view.pseudoClassStateChanged(ON_AIR, block.state() == RunTiming.BlockState.ON_AIR);
            view.pseudoClassStateChanged(DONE, block.state() == RunTiming.BlockState.DONE);
            view.pseudoClassStateChanged(OVER, over);
            String tip = block.actual().map(actual -> TEXT.text("timeline.tooltip.ran", block.title(),
                    SegmentDurations.format(block.planned()), SegmentDurations.format(actual),
                    SegmentDurations.signed(block.planned().minus(actual))))
                    .orElseGet(() -> TEXT.text("timeline.tooltip", block.title(), SegmentDurations.format(block.planned())));
            Tooltip.install(view, new Tooltip(tip));
            view.getProperties().put("tip", tip);
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        long totalMillis = blocks.stream().mapToLong(block -> Math.max(1, block.planned().toMillis())).sum();
        double x = snappedLeftInset();
        for (int index = 0; index < blocks.size(); index++) {
            RunTiming.Block block = blocks.get(index);
            BlockView view = views.get(index);
            double blockWidth = totalMillis == 0 ? 0 : width * Math.max(1, block.planned().toMillis()) / totalMillis;
            view.resizeRelocate(snapPositionX(x), snappedTopInset(), snapSizeX(blockWidth), height);
            double fraction = block.actual().map(actual -> fraction(actual, block.planned())).orElse(0.0);
            view.actual.resizeRelocate(0, 0, snapSizeX(blockWidth * fraction), height);
            x += blockWidth;
        }
    }

    private static double fraction(Duration actual, Duration planned) {
        if (planned.isZero()) {
            return actual.isZero() ? 0 : 1;
        }
        return Math.min(1.0, (double) actual.toMillis() / planned.toMillis());
    }
}
