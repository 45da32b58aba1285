package live.studio.ui.runsheet;

/** The producer table's editable columns. */
public enum SegmentColumn {
    TITLE, START, DURATION, ADVANCE, PRODUCTS, LAYOUT, NOTES
}
