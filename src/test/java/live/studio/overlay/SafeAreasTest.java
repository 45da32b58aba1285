package live.studio.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafeAreasTest {

    @Test
    void landscapeKeepsTheTitleSafeMarginAndHasNoInterfaceZones() {
        Canvas canvas = new Canvas(1920, 1080);

        assertThat(SafeAreas.usable(canvas)).isEqualTo(new Region(96, 54, 1728, 972));
        assertThat(SafeAreas.forbidden(canvas)).isEmpty();
    }

    @Test
    void portraitKeepsOutOfTheTopBarTheButtonsTheCommentsAndTheInputBar() {
        Canvas canvas = new Canvas(1080, 1920);

        List<Region> zones = SafeAreas.forbidden(canvas);

        assertThat(zones).containsExactly(
                new Region(0, 0, 1080, 269),          // top 14 %: account, viewers, close
                new Region(885, 672, 195, 960),       // right 18 % from 35 % to 85 %: like, gift, share
                new Region(0, 1344, 810, 576),        // bottom 30 % of the left 75 %: the comment feed
                new Region(0, 1766, 1080, 154));      // bottom 8 %: the comment field and buttons
        assertThat(SafeAreas.usable(canvas)).isEqualTo(new Region(65, 269, 950, 1497));
    }

    @Test
    void zonesScaleWithTheCanvas() {
        Canvas small = new Canvas(720, 1280);

        assertThat(SafeAreas.forbidden(small).get(1)).isEqualTo(new Region(590, 448, 130, 640));
        assertThat(SafeAreas.usable(new Canvas(1280, 720))).isEqualTo(new Region(64, 36, 1152, 648));
    }

    @Test
    void aRegionIsAllowedOnlyInsideTheUsableAreaAndClearOfEveryZone() {
        Canvas portrait = new Canvas(1080, 1920);

        assertThat(SafeAreas.allows(portrait, new Region(100, 700, 700, 600))).isTrue();
        assertThat(SafeAreas.allows(portrait, new Region(100, 700, 800, 600))).as("into the buttons").isFalse();
        assertThat(SafeAreas.allows(portrait, new Region(100, 1300, 500, 100))).as("into the comments").isFalse();
        assertThat(SafeAreas.allows(portrait, new Region(100, 200, 500, 100))).as("under the top bar").isFalse();
        assertThat(SafeAreas.allows(new Canvas(1920, 1080), new Region(90, 100, 100, 100))).as("outside").isFalse();
    }
}
