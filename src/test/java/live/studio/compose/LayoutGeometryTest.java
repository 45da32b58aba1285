package live.studio.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutGeometryTest {

    @ParameterizedTest
    @CsvSource({"1280,720", "1920,1080", "720,1280", "1080,1920", "1366,768", "640,360"})
    void everyLayoutKeepsItsSourcesInsideTheCanvasWithEvenSizes(int width, int height) {
        for (Layout layout : Layout.values()) {
            List<Rectangle> places = LayoutGeometry.place(layout, width, height);
            assertThat(places).hasSize(layout.sourceCount());
            for (Rectangle place : places) {
                assertThat(place.x()).isBetween(0, width - 1);
                assertThat(place.y()).isBetween(0, height - 1);
                assertThat(place.x() + place.width()).isLessThanOrEqualTo(width);
                assertThat(place.y() + place.height()).isLessThanOrEqualTo(height);
                assertThat(place.width() % 2).isZero();
                assertThat(place.height() % 2).isZero();
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1280,720", "1920,1080"})
    void fullFrameCoversTheLandscapeCanvasAndSideBySideSplitsItWithoutOverlap(int width, int height) {
        assertThat(LayoutGeometry.place(Layout.FULL_FRAME, width, height)).containsExactly(new Rectangle(0, 0, width, height));
        List<Rectangle> sides = LayoutGeometry.place(Layout.SIDE_BY_SIDE, width, height);
        assertThat(sides.get(0).x() + sides.get(0).width()).isLessThanOrEqualTo(sides.get(1).x());
        assertThat(sides.get(0).width() * 9).isEqualTo(sides.get(0).height() * 16);
    }

    @ParameterizedTest
    @CsvSource({"720,1280", "1080,1920"})
    void verticalPictureInPictureStaysOutOfTheRightButtonsAndBottomComments(int width, int height) {
        Rectangle box = LayoutGeometry.place(Layout.PICTURE_IN_PICTURE, width, height).get(1);
        // TikTok/Instagram: action buttons on the right ~20 %, comments over the bottom ~30 %
        assertThat(box.x() + box.width()).isLessThanOrEqualTo((int) (width * 0.8));
        assertThat(box.y() + box.height()).isLessThanOrEqualTo((int) (height * 0.7));
        assertThat(box.y()).isGreaterThanOrEqualTo(height / 10);
    }

    @ParameterizedTest
    @CsvSource({"720,1280", "1080,1920"})
    void verticalSideBySideStacksTheSources(int width, int height) {
        List<Rectangle> stacked = LayoutGeometry.place(Layout.SIDE_BY_SIDE, width, height);
        assertThat(stacked.get(0).y() + stacked.get(0).height()).isLessThanOrEqualTo(stacked.get(1).y());
        assertThat(stacked.get(0).width()).isEqualTo(width);
    }
}
