package live.studio.overlay;

/** One bundled font file: a family in one of its weights. */
public record FontFace(FontFamily family, FontWeight weight) {
    public FontFace {
        if (!family.weights().contains(weight)) {
            throw new IllegalArgumentException(family.displayName() + " has no " + weight + " weight");
        }
    }
}
