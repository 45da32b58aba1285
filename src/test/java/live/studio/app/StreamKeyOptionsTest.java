package live.studio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import live.studio.output.Destination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** How the headless command takes stream keys off its command line, and what it says when one cannot be used. */
class StreamKeyOptionsTest {
    @TempDir
    Path folder;

    @Test
    void eachOutputTakesTheKeyOptionThatFollowsIt() throws Exception {
        Path first = folder.resolve("first.key");
        Files.writeString(first, "live_first_key_1111\n");
        Files.setPosixFilePermissions(first, PosixFilePermissions.fromString("rw-------"));
        LiveCommand command = new LiveCommand();
        new CommandLine(command).parseArgs("--headless",
                "--output", "rtmp://one.example/live", "--stream-key-file", first.toString(),
                "--output", "rtmps://two.example:443/app", "--stream-key-env", "PATH",
                "--output", "rtmp://three.example/live/${THREE_KEY}");
        StringWriter warnings = new StringWriter();

        Destination one = command.outputs.get(0).destination("destination 1", new PrintWriter(warnings, true));

        assertThat(command.outputs).hasSize(3);
        assertThat(command.outputs.get(1).key.environmentVariable).isEqualTo("PATH");
        assertThat(command.outputs.get(2).key).isNull();
        assertThat(one.redactedUrl()).isEqualTo("rtmp://one.example/live/****");
        assertThat(one.host()).isEqualTo("one.example");
        assertThat(warnings.toString()).isEmpty();
    }

    @Test
    void aKeyFileOthersCanReadIsWarnedAbout() throws Exception {
        Path keyFile = folder.resolve("open.key");
        Files.writeString(keyFile, "live_open_key_2222");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
        StringWriter warnings = new StringWriter();

        String key = StreamKeys.fromFile(keyFile, new PrintWriter(warnings, true));

        assertThat(key).isEqualTo("live_open_key_2222");
        assertThat(warnings.toString()).contains(keyFile + " is readable by other users (rw-r--r--)", "chmod 600")
                .doesNotContain(key);
    }

    @Test
    void unusableKeySourcesAreNamedWithoutTheKey() throws Exception {
        Path empty = folder.resolve("empty.key");
        Files.writeString(empty, "\n");
        Path keyFile = folder.resolve("good.key");
        Files.writeString(keyFile, "live_good_key_3333");

        StudioCommand missing = StudioCommand.run("live", "--headless", "--output", "rtmp://h.example/live",
                "--stream-key-file", folder.resolve("nope.key").toString());
        StudioCommand blank = StudioCommand.run("live", "--headless", "--output", "rtmp://h.example/live",
                "--stream-key-file", empty.toString());
        StudioCommand unset = StudioCommand.run("live", "--headless", "--output", "rtmp://h.example/live",
                "--stream-key-env", "STUDIO_TEST_VARIABLE_THAT_IS_NOT_SET");
        StudioCommand twice = StudioCommand.run("live", "--headless", "--output", "rtmp://h.example/live/live_url_key_4444",
                "--stream-key-file", keyFile.toString());
        StudioCommand both = StudioCommand.run("live", "--headless", "--output", "rtmp://h.example/live",
                "--stream-key-file", keyFile.toString(), "--stream-key-env", "PATH");

        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(missing.err()).contains("--stream-key-file " + folder.resolve("nope.key") + ": no such file");
        assertThat(blank.err()).contains("the file is empty: put the stream key on its first line");
        assertThat(unset.err()).contains("--stream-key-env STUDIO_TEST_VARIABLE_THAT_IS_NOT_SET: the environment variable is not set");
        assertThat(twice.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(twice.err()).contains("rtmp://h.example/live/**** already ends in a stream key")
                .doesNotContain("live_url_key_4444").doesNotContain("live_good_key_3333");
        assertThat(both.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(both.err()).contains("--output rtmp://h.example/live: give --stream-key-file or --stream-key-env, not both");
    }

    @Test
    void aKeyIsOnTheCommandLineWhenTheUrlHasAPartAfterTheApplication() {
        assertThat(StreamKeys.keyOnCommandLine("rtmp://a.rtmp.youtube.com/live2/abcd-1234")).isTrue();
        assertThat(StreamKeys.keyOnCommandLine("rtmps://live-api-s.facebook.com:443/rtmp/FB-123")).isTrue();
        assertThat(StreamKeys.keyOnCommandLine("rtmp://a.rtmp.youtube.com/live2")).isFalse();
        assertThat(StreamKeys.keyOnCommandLine("rtmps://live-api-s.facebook.com:443/rtmp/")).isFalse();
        assertThat(StreamKeys.keyOnCommandLine("rtmp://host/app/${YOUTUBE_KEY}")).isFalse();
    }
}
