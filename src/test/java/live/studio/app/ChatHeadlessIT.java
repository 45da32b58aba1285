package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import live.studio.chat.ChatSource;
import live.studio.testing.IrcTestClient;
import live.studio.testing.NgircdServer;
import live.studio.testing.Ports;
import live.studio.testing.RequiredTool;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.Test;

/**
 * {@code studio live --headless --chat ...}: each message printed as one clean line, each connector's health in the
 * {@code --stats} line, a source that cannot connect reported and retried while the stream and the recording go on,
 * and a malformed source refused with the accepted forms.
 */
class ChatHeadlessIT {

    @Test
    void aMalformedChatSourceIsAUsageErrorThatListsTheAcceptedForms() {
        for (String bad : List.of("twitch", "irc://host", "youtube:not-an-id", "mastodon:@someone")) {
            StudioCommand run = StudioCommand.run("live", "--headless", "--record", "x.mkv", "--chat", bad);
            assertThat(run.exitCode()).as(bad).isEqualTo(ExitCode.USAGE.code());
            assertThat(run.err()).as(bad).contains("--chat").contains(bad.strip()).contains(ChatSource.ACCEPTED_FORMS);
        }
    }

    @Test
    void messagesArePrintedAndHealthIsInTheStatsLineWhileTheRecordingGoesOn() throws Exception {
        RequiredTool.assumeAvailableOrFailInCi(NgircdServer.isAvailable(), NgircdServer.REQUIREMENT);
        Path recording = TestOutput.newDirectory("chat-headless").resolve("show.mkv");
        int closedPort = Ports.freeLoopbackPort();
        try (NgircdServer irc = NgircdServer.start()) {
            String good = "irc://127.0.0.1:" + irc.port() + "/#shop";
            String unreachable = "irc://127.0.0.1:" + closedPort + "/#nobody";
            CompletableFuture<StudioCommand> command = CompletableFuture.supplyAsync(() -> StudioCommand.run("live", "--headless",
                    "--size", "640x360", "--video-bitrate-kbps", "600", "--record", recording.toString(), "--stats",
                    "--chat", good, "--chat", unreachable, "--duration", "12"));
            try (IrcTestClient viewer = IrcTestClient.join(irc.port(), "alice", "#shop")) {
                viewer.awaitLine(line -> line.matches(":studio\\d+!\\S+ JOIN :?#shop"), Duration.ofSeconds(30));
                viewer.say("#shop", "hello from alice");
                viewer.say("#shop", "evil \u202Eeerf si ti\u202C \u001B[2J" + "\u0301".repeat(30) + "x");
                viewer.say("#shop", "do you ship to canada");
                StudioCommand run = command.get(120, TimeUnit.SECONDS);

                assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.DONE.code());
                List<String> chatLines = run.out().lines().filter(line -> line.startsWith("chat ")).toList();
                assertThat(chatLines).containsExactly(
                        "chat [IRC " + good + "] alice: hello from alice",
                        "chat [IRC " + good + "] alice: evil eerf si ti [2J\u0301\u0301\u0301x",
                        "chat [IRC " + good + "] alice: do you ship to canada [question]");
                List<String> statsLines = run.out().lines().filter(line -> line.contains(" · chat: ")).toList();
                assertThat(statsLines).isNotEmpty();
                assertThat(statsLines.getLast()).contains(good + " connected, 3 msgs")
                        .containsPattern(unreachable.replace("/", "\\/") + " reconnecting \\(attempt \\d+, next in \\d+ s\\), 0 msgs: cannot connect");
                assertThat(run.err()).contains("studio live: chat " + good + " connected")
                        .contains("studio live: chat " + unreachable + " reconnecting (attempt 1");
                assertThat(Files.size(recording)).isPositive();
            }
        }
    }
}
