package live.studio.capture;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import live.studio.media.MediaClock;
import live.studio.media.VideoFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PNG or JPEG picture, fitted into the requested frame with opaque black bars, premultiplied ARGB. It is drawn
 * once at start and again on its own thread after a resize, so the compositor never waits for the scaling. The
 * file's size and the picture's dimensions are checked before decoding, so a huge file cannot exhaust the memory.
 */
public final class StillImageSource implements VideoSource {
    private static final Logger LOG = LoggerFactory.getLogger(StillImageSource.class);
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    public static final int MAX_SIDE_PIXELS = 16_384;

    private final Path path;
    private final Object lifecycleLock = new Object();
    private final AtomicLong capturedCount = new AtomicLong();
    private final AtomicLong errorCount = new AtomicLong();
    private volatile String lastError = "";
    private volatile PictureSize requestedSize;
    private volatile ResizableFrameSlot slot;
    private volatile boolean running;
    private BufferedImage image;
    private MediaClock clock;
    private Thread thread;
    private State state = State.NEW;

    private enum State { NEW, STARTED, CLOSED }

    public StillImageSource(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    @Override
    public String description() {
        return "Image: " + path;
    }

    @Override
    public void start(MediaClock clock, int width, int height) throws SourceException {
        synchronized (lifecycleLock) {
            if (state != State.NEW) {
                throw new IllegalStateException(description() + " was already started or closed; create a new source");
            }
            this.clock = clock;
            image = read(path);
            PictureSize size = new PictureSize(width, height);
            requestedSize = size;
            slot = new ResizableFrameSlot(width, height);
            draw(size);
            running = true;
            thread = CaptureThreads.newThread("capture-image", () -> redrawOnResize(size));
            state = State.STARTED;
            thread.start();
        }
    }

    @Override
    public void resize(int width, int height) {
        requestedSize = new PictureSize(width, height);
        Thread drawingThread = thread;
        if (drawingThread != null) {
            LockSupport.unpark(drawingThread);
        }
    }

    @Override
    public VideoFrame latest() {
        ResizableFrameSlot current = slot;
        return current == null ? null : current.latest();
    }

    @Override
    public SourceStats stats() {
        return new SourceStats(capturedCount.get(), errorCount.get(), lastError);
    }

    @Override
    public void close() {
        Thread drawingThread;
        synchronized (lifecycleLock) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.CLOSED;
            running = false;
            drawingThread = thread;
        }
        CaptureThreads.stopAndJoin(drawingThread, description());
        image = null;
    }

    private void redrawOnResize(PictureSize drawnAtStart) {
        PictureSize drawn = drawnAtStart;
        while (running && !Thread.currentThread().isInterrupted()) {
            PictureSize wanted = requestedSize;
            if (wanted.equals(drawn)) {
                LockSupport.park(this);
                continue;
            }
            try {
                draw(wanted);
                drawn = wanted;
            } catch (RuntimeException e) {
                errorCount.incrementAndGet();
                lastError = String.valueOf(e.getMessage());
                LOG.warn("{}: redrawing at {} failed", description(), wanted, e);
                drawn = wanted;
            }
        }
    }

    /** Draws the picture fitted into {@code size}; runs on the starting thread first, then only on the image thread. */
    private void draw(PictureSize size) {
        PictureSize fitted = new PictureSize(image.getWidth(), image.getHeight()).fittedInto(size);
        BufferedImage canvas = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D graphics = canvas.createGraphics();
        try {
            graphics.setColor(Color.BLACK);
            graphics.fillRect(0, 0, size.width(), size.height());
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            int left = (size.width() - fitted.width()) / 2;
            int top = (size.height() - fitted.height()) / 2;
            graphics.drawImage(image, left, top, fitted.width(), fitted.height(), null);
        } finally {
            graphics.dispose();
        }
        int[] drawnPixels = ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData();
        VideoFrame target = slot.back(size.width(), size.height());
        System.arraycopy(drawnPixels, 0, target.pixels(), 0, drawnPixels.length);
        slot.publish(clock.elapsedNanos());
        capturedCount.incrementAndGet();
    }

    /** Reads a PNG or JPEG after checking the file's size and the picture's dimensions from its header. */
    static BufferedImage read(Path path) throws SourceException {
        MediaFiles.requireReadable(path, "image");
        try {
            long bytes = Files.size(path);
            if (bytes > MAX_FILE_BYTES) {
                throw new SourceException("image '" + path + "' is " + (bytes / (1024 * 1024)) + " MB, more than the "
                        + (MAX_FILE_BYTES / (1024 * 1024)) + " MB allowed: save it smaller, e.g. as a 1920x1080 JPEG");
            }
            try (ImageInputStream input = ImageIO.createImageInputStream(path.toFile())) {
                Iterator<ImageReader> readers = input == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(input);
                if (!readers.hasNext()) {
                    throw new SourceException("image '" + path + "' is not a PNG or JPEG picture (its content is not "
                            + "a known image format): save it as PNG or JPEG");
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(input, true, true);
                    int width = reader.getWidth(0);
                    int height = reader.getHeight(0);
                    if (width > MAX_SIDE_PIXELS || height > MAX_SIDE_PIXELS) {
                        throw new SourceException("image '" + path + "' is " + width + "x" + height + " pixels, more than "
                                + MAX_SIDE_PIXELS + " pixels per side allowed: scale it down, e.g. to 1920x1080");
                    }
                    BufferedImage decoded = reader.read(0);
                    if (decoded == null) {
                        throw new SourceException("image '" + path + "' holds no picture: save it again as PNG or JPEG");
                    }
                    return decoded;
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new SourceException("image '" + path + "' is damaged or cannot be decoded (" + e.getMessage()
                    + "): open and save it again as PNG or JPEG, or pick another file", e);
        }
    }
}
