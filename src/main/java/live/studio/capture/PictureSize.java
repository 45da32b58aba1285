package live.studio.capture;

/** A width and height in pixels, and the arithmetic of fitting one picture into another. */
record PictureSize(int width, int height) {

    PictureSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("picture size must be positive, got " + width + "x" + height);
        }
    }

    /**
     * The largest size with this picture's aspect ratio that fits into {@code box}, with even sides (swscale and
     * 4:2:0 chroma like them) and never larger than the box.
     */
    PictureSize fittedInto(PictureSize box) {
        long scaledWidth = (long) box.width * height;
        long scaledHeight = (long) box.height * width;
        int fittedWidth;
        int fittedHeight;
        if (scaledWidth <= scaledHeight) {
            // limited by the box's width: bars above and below
            fittedWidth = box.width;
            fittedHeight = (int) Math.round((double) box.width * height / width);
        } else {
            fittedHeight = box.height;
            fittedWidth = (int) Math.round((double) box.height * width / height);
        }
        return new PictureSize(evenWithin(fittedWidth, box.width), evenWithin(fittedHeight, box.height));
    }

    private static int evenWithin(int value, int limit) {
        if (value >= limit) {
            return limit;
        }
        return Math.min(limit, Math.max(2, value & ~1));
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
