package live.studio.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatSourceTest {

    @Test
    void theFormsOfTheArchitecture() {
        assertThat(ChatSource.parse("twitch:ShopLive")).isEqualTo(new ChatSource.TwitchChannel("shoplive"));
        assertThat(ChatSource.parse("youtube:dQw4w9WgXcQ")).isEqualTo(new ChatSource.YouTubeVideo("dQw4w9WgXcQ"));
        assertThat(ChatSource.parse("irc://127.0.0.1:6667/#shop"))
                .isEqualTo(new ChatSource.IrcChannel("127.0.0.1", 6667, "#shop", ChatSource.Transport.PLAIN));
        assertThat(ChatSource.parse("ircs://irc.libera.chat:6697/#studio"))
                .isEqualTo(new ChatSource.IrcChannel("irc.libera.chat", 6697, "#studio", ChatSource.Transport.TLS));
    }

    @Test
    void defaultsAndCanonicalLabels() {
        assertThat(ChatSource.parse("ircs://irc.example.org/#a").label()).isEqualTo("ircs://irc.example.org:6697/#a");
        assertThat(ChatSource.parse("irc://irc.example.org/b").label()).isEqualTo("irc://irc.example.org:6667/#b");
        assertThat(ChatSource.parse("irc://[::1]:7000/#c").label()).isEqualTo("irc://[::1]:7000/#c");
        assertThat(ChatSource.parse("twitch:#Some_Channel").label()).isEqualTo("twitch:some_channel");
        assertThat(ChatSource.parse(" YouTube:abcdefghijk ").label()).isEqualTo("youtube:abcdefghijk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "twitch:", "twitch:a", "twitch:has space", "twitch:" + "x" + "yyyyyyyyyyyyyyyyyyyyyyyyy",
            "youtube:short", "youtube:https://youtu.be/x", "irc://host:99999/#c", "irc://host:6667", "irc:/host/#c",
            "irc://ho st/#c", "irc://host/#a b", "irc://host/#a,b", "http://example.org/#c", "kick:channel", "twitch"})
    void malformedSourcesNameTheAcceptedForms(String value) {
        assertThatThrownBy(() -> ChatSource.parse(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ChatSource.ACCEPTED_FORMS);
    }
}
