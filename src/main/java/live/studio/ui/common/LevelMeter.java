package live.studio.ui.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A horizontal audio meter: the RMS level as a bar, the peak as a thin line, on a dBFS scale from
 * {@value #FLOOR_DBFS} to 0. The bar's colour ramp (green, then amber from -18, red from -6) is styled in CSS
 * across the whole track and revealed by a clip, so the colour says where in the scale the level is.
 */
public final class LevelMeter extends Region {
    public static final double FLOOR_DBFS = -60;

    private final DoubleProperty rmsDbfs = new SimpleDoubleProperty(this, "rmsDbfs", FLOOR_DBFS);
    private final DoubleProperty peakDbfs = new SimpleDoubleProperty(this, "peakDbfs", FLOOR_DBFS);
    private final Region bar = new Region();
    private final Rectangle barClip = new Rectangle();
    private final Region peakMarker = new Region();

    public LevelMeter() {
        getStyleClass().add("level-meter");
        bar.getStyleClass().add("level-meter-bar");
        peakMarker.getStyleClass().add("level-meter-peak");
        bar.setClip(barClip);
        bar.setManaged(false);
        peakMarker.setManaged(false);
        getChildren().addAll(bar, peakMarker);
        rmsDbfs.addListener((observable, before, after) -> requestLayout());
        peakDbfs.addListener((observable, before, after) -> requestLayout());
        setMinHeight(10);
        setPrefHeight(12);
    }

    public DoubleProperty rmsDbfsProperty() {
        return rmsDbfs;
    }

    public DoubleProperty peakDbfsProperty() {
        return peakDbfs;
    }

    /** Where a level sits on the track, 0 (floor or below) to 1 (full scale). */
    public static double fractionOf(double dbfs) {
        return Math.clamp((dbfs - FLOOR_DBFS) / -FLOOR_DBFS, 0.0, 1.0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double width = Math.max(0, getWidth() - x - snappedRightInset());
        double height = Math.max(0, getHeight() - y - snappedBottomInset());
        bar.resizeRelocate(x, y, width, height);
        barClip.setWidth(Math.round(width * fractionOf(rmsDbfs.get())));
        barClip.setHeight(height);
        double peakX = Math.round(x + width * fractionOf(peakDbfs.get()));
        peakMarker.resizeRelocate(Math.min(peakX, x + width - 2), y, 2, height);
        peakMarker.setVisible(peakDbfs.get() > FLOOR_DBFS);
    }
}
