package live.studio.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FrameSlotTest {

    @Test
    void consumerGetsNothingBeforeTheFirstPublish() {
        assertThat(new FrameSlot(4, 4).latest()).isNull();
    }

    @Test
    void consumerSeesTheNewestPublishedPicture() {
        FrameSlot slot = new FrameSlot(2, 2);
        for (int sequence = 1; sequence <= 3; sequence++) {
            VideoFrame back = slot.back();
            back.setSequence(sequence);
            slot.publish();
        }
        assertThat(slot.latest().sequence()).isEqualTo(3);
        assertThat(slot.latest().sequence()).as("no new picture: the same one again").isEqualTo(3);
    }

    @Test
    void consumerNeverSeesAHalfWrittenPictureAndSequencesNeverGoBack() throws Exception {
        FrameSlot slot = new FrameSlot(64, 64);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread producer = new Thread(() -> {
            long sequence = 0;
            while (running.get()) {
                sequence++;
                VideoFrame back = slot.back();
                Arrays.fill(back.pixels(), (int) sequence);
                back.setSequence(sequence);
                slot.publish();
            }
        });
        producer.start();
        AtomicReference<String> problem = new AtomicReference<>();
        long previous = 0;
        for (int read = 0; read < 200_000 && problem.get() == null; read++) {
            VideoFrame frame = slot.latest();
            if (frame == null) {
                continue;
            }
            int first = frame.pixels()[0];
            for (int pixel : frame.pixels()) {
                if (pixel != first) {
                    problem.set("torn picture: " + first + " and " + pixel);
                    break;
                }
            }
            if (first != (int) frame.sequence()) {
                problem.set("pixels of " + first + " under sequence " + frame.sequence());
            }
            if (frame.sequence() < previous) {
                problem.set("went back from " + previous + " to " + frame.sequence());
            }
            previous = frame.sequence();
        }
        running.set(false);
        producer.join();
        assertThat(problem.get()).isNull();
        assertThat(previous).isPositive();
    }
}
