package live.studio.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorColorTest {

    @Test
    void onlyWellFormedHexIsTakenFromThePlatform() {
        assertThat(AuthorColor.parse("#1E90FF")).contains(new AuthorColor(0x1E, 0x90, 0xFF));
        assertThat(AuthorColor.parse("")).isEmpty();
        assertThat(AuthorColor.parse("red")).isEmpty();
        assertThat(AuthorColor.parse("#12345")).isEmpty();
        assertThat(AuthorColor.parse("#1234567")).isEmpty();
        assertThat(AuthorColor.parse("#12345G")).isEmpty();
        assertThat(AuthorColor.parse("url(javascript:x)")).isEmpty();
        assertThat(AuthorColor.of("nonsense", "Ann")).isEqualTo(AuthorColor.forName("ann"));
    }

    @Test
    void everyColourIsMadeReadableOnTheDarkBackground() {
        for (String hex : new String[] {"#000000", "#0000FF", "#1B1D23", "#8A2BE2", "#FF0000", "#008000", "#FFFFFF"}) {
            AuthorColor readable = AuthorColor.parse(hex).orElseThrow().readableOn(AuthorColor.DARK_BACKGROUND);
            assertThat(readable.contrastWith(AuthorColor.DARK_BACKGROUND)).as(hex).isGreaterThanOrEqualTo(AuthorColor.MINIMUM_CONTRAST);
        }
        AuthorColor alreadyReadable = new AuthorColor(0xFF, 0xB3, 0x47);
        assertThat(alreadyReadable.readableOn(AuthorColor.DARK_BACKGROUND)).isEqualTo(alreadyReadable);
    }

    @Test
    void namesKeepTheirColour() {
        assertThat(AuthorColor.forName("Ann")).isEqualTo(AuthorColor.forName("ann"));
        assertThat(AuthorColor.forName("zoe").contrastWith(AuthorColor.DARK_BACKGROUND)).isGreaterThanOrEqualTo(AuthorColor.MINIMUM_CONTRAST);
    }
}
