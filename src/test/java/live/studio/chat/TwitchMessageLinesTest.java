package live.studio.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twitch's IRCv3 tags parsed from real message lines, copied verbatim from Twitch's public IRC documentation:
 * <ul>
 *   <li>{@link #LOVINGT3S}: "Sending and Receiving Chat Messages", https://dev.twitch.tv/docs/irc/send-receive-messages/
 *       (the example PRIVMSG with tags under "Replying to a chat message");</li>
 *   <li>{@link #RONNI} and {@link #CHEER}: the PRIVMSG examples of Twitch's tags reference,
 *       https://dev.twitch.tv/docs/irc/tags/ (a message with emotes in two ranges, a message with Bits);</li>
 *   <li>{@link #RESUB}: the USERNOTICE example of the same reference (a resubscription), whose {@code system-msg} shows
 *       the {@code \s} escaping.</li>
 * </ul>
 * <p>{@link #CLEARMSG}, {@link #CLEARCHAT_USER} and {@link #CLEARCHAT_ALL} are the CLEARMSG and CLEARCHAT examples of
 * the same reference (https://dev.twitch.tv/docs/irc/tags/#clearmsg-tags, #clearchat-tags).
 * (All but the first are quoted the same way in the tests of several open-source Twitch clients, which is how they were
 * checked against the reference.)
 */
class TwitchMessageLinesTest {
    static final String LOVINGT3S = "@badge-info=;badges=broadcaster/1;client-nonce=459e3142897c7a22b7d275178f2259e0;"
            + "color=#0000FF;display-name=lovingt3s;emote-only=1;emotes=62835:0-10;first-msg=0;flags=;"
            + "id=885196de-cb67-427a-baa8-82f9b0fcd05f;mod=0;room-id=713936733;subscriber=0;tmi-sent-ts=1643904084794;"
            + "turbo=0;user-id=713936733;user-type= :lovingt3s!lovingt3s@lovingt3s.tmi.twitch.tv PRIVMSG #lovingt3s :bleedPurple";
    static final String RONNI = "@badge-info=;badges=global_mod/1,turbo/1;color=#0D4200;display-name=ronni;"
            + "emotes=25:0-4,12-16/1902:6-10;id=b34ccfc7-4977-403a-8a94-33c6bac34fb8;mod=0;room-id=1337;subscriber=0;"
            + "tmi-sent-ts=1507246572675;turbo=1;user-id=1337;user-type=global_mod "
            + ":ronni!ronni@ronni.tmi.twitch.tv PRIVMSG #ronni :Kappa Keepo Kappa";
    static final String CHEER = "@badge-info=;badges=staff/1,bits/1000;bits=100;color=;display-name=ronni;emotes=;"
            + "id=b34ccfc7-4977-403a-8a94-33c6bac34fb8;mod=0;room-id=12345678;subscriber=0;tmi-sent-ts=1507246572675;"
            + "turbo=1;user-id=12345678;user-type=staff :ronni!ronni@ronni.tmi.twitch.tv PRIVMSG #ronni :cheer100";
    static final String RESUB = "@badge-info=;badges=staff/1,broadcaster/1,turbo/1;color=#008000;display-name=ronni;"
            + "emotes=;id=db25007f-7a18-43eb-9379-80131e44d633;login=ronni;mod=0;msg-id=resub;"
            + "msg-param-cumulative-months=6;msg-param-streak-months=2;msg-param-should-share-streak=1;"
            + "msg-param-sub-plan=Prime;msg-param-sub-plan-name=Prime;room-id=12345678;subscriber=1;"
            + "system-msg=ronni\\shas\\ssubscribed\\sfor\\s6\\smonths!;tmi-sent-ts=1507246572675;turbo=1;"
            + "user-id=87654321;user-type=staff :tmi.twitch.tv USERNOTICE #dallas :Great stream -- keep it up!";
    static final String CLEARMSG = "@login=ronni;room-id=;target-msg-id=abc-123-def;tmi-sent-ts=1642720582342 "
            + ":tmi.twitch.tv CLEARMSG #dallas :HeyGuys";
    static final String CLEARCHAT_USER = "@room-id=12345678;target-user-id=87654321;tmi-sent-ts=1642715756806 "
            + ":tmi.twitch.tv CLEARCHAT #dallas :ronni";
    static final String CLEARCHAT_ALL = "@room-id=12345678;tmi-sent-ts=1642715695392 :tmi.twitch.tv CLEARCHAT #dallas";
    private static final Instant RECEIVED = Instant.parse("2022-02-03T16:01:25Z");

    @Test
    void documentedMessageWithABroadcasterBadge() {
        IrcMessage line = IrcMessage.parse(LOVINGT3S).orElseThrow();
        assertThat(line.command()).isEqualTo("PRIVMSG");
        assertThat(line.params()).containsExactly("#lovingt3s", "bleedPurple");
        assertThat(line.tag("user-type")).isEmpty();
        assertThat(line.tags()).containsKey("flags");

        ChatMessage message = IrcChatMessages.fromTwitch(line, "twitch:lovingt3s", RECEIVED);
        assertThat(message.platform()).isEqualTo(Platform.TWITCH);
        assertThat(message.author().displayName()).isEqualTo("lovingt3s");
        assertThat(message.author().id()).isEqualTo("lovingt3s");
        assertThat(message.author().color()).isEqualTo(new AuthorColor(0, 0, 0xFF));
        assertThat(message.author().badges()).containsExactly("broadcaster");
        assertThat(message.text()).isEqualTo("bleedPurple");
        assertThat(message.emotes()).containsExactly(new Emote("62835", 0, 10));
        assertThat(message.origin()).isEqualTo(MessageOrigin.REGULAR);
        assertThat(message.sourceId()).isEqualTo("885196de-cb67-427a-baa8-82f9b0fcd05f");
        assertThat(message.sentAt()).isEqualTo(Instant.ofEpochMilli(1643904084794L));
        assertThat(message.lag()).isEqualTo(java.time.Duration.between(message.sentAt(), RECEIVED));
    }

    @Test
    void documentedMessageWithEmotesInTwoRangesAndTwoBadges() {
        ChatMessage message = IrcChatMessages.fromTwitch(IrcMessage.parse(RONNI).orElseThrow(), "twitch:ronni", RECEIVED);
        assertThat(message.author().displayName()).isEqualTo("ronni");
        assertThat(message.author().color().hex()).isEqualTo("#0D4200");
        assertThat(message.author().badges()).containsExactly("global_mod", "turbo");
        assertThat(message.text()).isEqualTo("Kappa Keepo Kappa");
        assertThat(message.emotes()).containsExactly(new Emote("25", 0, 4), new Emote("25", 12, 16), new Emote("1902", 6, 10));
        assertThat(message.emotes()).allSatisfy(emote -> assertThat(message.text().substring(emote.start(), emote.end() + 1))
                .isIn("Kappa", "Keepo"));
        assertThat(message.sentAt()).isEqualTo(Instant.ofEpochMilli(1507246572675L));
    }

    @Test
    void documentedCheerWithoutAColourGetsTheNamesColour() {
        IrcMessage line = IrcMessage.parse(CHEER).orElseThrow();
        assertThat(line.tag("bits")).isEqualTo("100");
        ChatMessage message = IrcChatMessages.fromTwitch(line, "twitch:ronni", RECEIVED);
        assertThat(message.author().color()).isEqualTo(AuthorColor.forName("ronni"));
        assertThat(message.author().badges()).containsExactly("staff", "bits");
        assertThat(message.emotes()).isEmpty();
        assertThat(message.text()).isEqualTo("cheer100");
    }

    @Test
    void documentedUserNoticeUnescapesItsSystemMessage() {
        IrcMessage line = IrcMessage.parse(RESUB).orElseThrow();
        assertThat(line.command()).isEqualTo("USERNOTICE");
        assertThat(line.prefix()).isEqualTo("tmi.twitch.tv");
        assertThat(line.tag("system-msg")).isEqualTo("ronni has subscribed for 6 months!");
        assertThat(line.tag("msg-param-cumulative-months")).isEqualTo("6");
        assertThat(line.trailing()).isEqualTo("Great stream -- keep it up!");
    }

    @Test
    void documentedModerationLines() {
        assertThat(IrcChatMessages.twitchModeration(IrcMessage.parse(CLEARMSG).orElseThrow(), "twitch:dallas"))
                .isEqualTo(new ModerationEvent(Platform.TWITCH, "twitch:dallas", ModerationEvent.Kind.MESSAGE_REMOVED, "abc-123-def", ""));
        assertThat(IrcChatMessages.twitchModeration(IrcMessage.parse(CLEARCHAT_USER).orElseThrow(), "twitch:dallas"))
                .isEqualTo(new ModerationEvent(Platform.TWITCH, "twitch:dallas", ModerationEvent.Kind.AUTHOR_REMOVED, "", "ronni"));
        assertThat(IrcChatMessages.twitchModeration(IrcMessage.parse(CLEARCHAT_ALL).orElseThrow(), "twitch:dallas"))
                .isEqualTo(new ModerationEvent(Platform.TWITCH, "twitch:dallas", ModerationEvent.Kind.CHAT_CLEARED, "", ""));
        ChatMessage ronnis = IrcChatMessages.fromTwitch(IrcMessage.parse(RONNI).orElseThrow(), "twitch:dallas", RECEIVED);
        assertThat(new ModerationEvent(Platform.TWITCH, "twitch:dallas", ModerationEvent.Kind.AUTHOR_REMOVED, "", "Ronni").removes(ronnis)).isTrue();
        assertThat(new ModerationEvent(Platform.YOUTUBE, "twitch:dallas", ModerationEvent.Kind.AUTHOR_REMOVED, "", "ronni").removes(ronnis)).isFalse();
        assertThat(new ModerationEvent(Platform.TWITCH, "twitch:dallas", ModerationEvent.Kind.MESSAGE_REMOVED,
                "b34ccfc7-4977-403a-8a94-33c6bac34fb8", "").removes(ronnis)).isTrue();
        assertThat(new ModerationEvent(Platform.TWITCH, "twitch:dallas", ModerationEvent.Kind.CHAT_CLEARED, "", "").removes(ronnis)).isTrue();
    }

    @Test
    void tagValueEscapesFollowTheIrcv3Specification() {
        assertThat(IrcMessage.unescapeTagValue("a\\sb\\:c\\\\d\\re\\nf")).isEqualTo("a b;c\\d\re\nf");
        assertThat(IrcMessage.unescapeTagValue("trailing\\")).isEqualTo("trailing");
        assertThat(IrcMessage.unescapeTagValue("\\x\\y")).isEqualTo("xy");
        IrcMessage line = IrcMessage.parse("@display-name=Ann\\sMarie;key;empty= :ann!a@h PRIVMSG #c :hi").orElseThrow();
        assertThat(line.tags()).containsEntry("display-name", "Ann Marie").containsEntry("key", "").containsEntry("empty", "");
    }

    @Test
    void anEscapedLineBreakInADisplayNameCannotSplitTheName() {
        IrcMessage line = IrcMessage.parse("@display-name=Evil\\r\\nPRIVMSG\\s#x\\s:pwned :evil!e@h PRIVMSG #shop :hello").orElseThrow();
        ChatMessage message = IrcChatMessages.fromTwitch(line, "twitch:shop", RECEIVED);
        assertThat(message.author().displayName()).isEqualTo("Evil PRIVMSG #x :pwned").doesNotContain("\r", "\n");
    }

    @Test
    void protocolLinesWithoutTags() {
        assertThat(IrcMessage.parse("PING :tmi.twitch.tv").orElseThrow().trailing()).isEqualTo("tmi.twitch.tv");
        IrcMessage reconnect = IrcMessage.parse(":tmi.twitch.tv RECONNECT").orElseThrow();
        assertThat(reconnect.command()).isEqualTo("RECONNECT");
        assertThat(reconnect.params()).isEmpty();
        IrcMessage welcome = IrcMessage.parse(":tmi.twitch.tv 001 justinfan12345 :Welcome, GLHF!").orElseThrow();
        assertThat(welcome.params()).containsExactly("justinfan12345", "Welcome, GLHF!");
        assertThat(IrcMessage.parse("")).isEmpty();
        assertThat(IrcMessage.parse("@only=tags")).isEmpty();
    }

    @Test
    void actionsLoseTheirCtcpMarkers() {
        IrcMessage action = IrcMessage.parse(":ann!a@h PRIVMSG #shop :\u0001ACTION waves at everyone\u0001").orElseThrow();
        assertThat(IrcChatMessages.fromIrc(action, "irc://h:6667/#shop", RECEIVED).text()).isEqualTo("waves at everyone");
    }

    @Test
    void badgesAndEmotesThatDoNotParseAreLeftOut() {
        assertThat(IrcChatMessages.badgeNames("subscriber/12,,/3,vip")).containsExactly("subscriber", "vip");
        assertThat(IrcChatMessages.emotes("25:0-4,x-y,9-2/:1-2/77:3")).containsExactly(new Emote("25", 0, 4));
        assertThat(List.of(IrcChatMessages.emotes(""))).containsExactly(List.of());
    }
}
