package live.studio.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import live.studio.testing.TestOutput;
import org.junit.jupiter.api.Test;

/**
 * A process writing a file through {@link AtomicFiles} in a loop, killed with SIGKILL many times at random moments:
 * after every kill the file and its backup are each one whole version (never empty, never half), and the file never
 * goes back to an older version than the one it had.
 */
class AtomicFilesCrashIT {
    private static final int KILLS = 40;

    /** The child: writes versions of a self-checking file as fast as it can until it is killed. */
    public static final class Writer {
        public static void main(String[] arguments) throws IOException {
            Path file = Path.of(arguments[0]);
            long version = Files.exists(file) ? versionOf(Files.readString(file)) : 0;
            Random random = new Random();
            while (true) {
                version++;
                AtomicFiles.writeString(file, document(version, 1 + random.nextInt(1024 * 1024)));
                System.out.println("wrote " + version);
                System.out.flush();
            }
        }
    }

    @Test
    void aKilledWriterLeavesTheOldOrTheNewFileAndAWholeBackup() throws Exception {
        Path directory = TestOutput.newDirectory("atomic-files-crash");
        Path file = directory.resolve("run-state.json");
        Random random = new Random();
        long previousVersion = 0;
        int versionsSeen = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process writer = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), Writer.class.getName(), file.toString()))
                    .redirectErrorStream(true).start();
            try {
                // killed at a random moment once it has written at least once, so most kills fall inside a write
                BufferedReader output = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
                String first = output.readLine();
                assertThat(first).as("the writer's first line").startsWith("wrote ");
                Thread.ofVirtual().start(() -> drain(output));
                Thread.sleep(random.nextInt(150));
                writer.destroyForcibly(); // SIGKILL
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                writer.destroyForcibly();
            }
            if (!Files.exists(file)) {
                assertThat(previousVersion).as("kill %d: the file disappeared", kill).isZero();
                continue; // killed before its first write ended
            }
            String content = Files.readString(file);
            long version = checkedVersion(content, file + " after kill " + kill);
            assertThat(version).as("kill %d: never an older version than before", kill).isGreaterThanOrEqualTo(previousVersion);
            Path backup = AtomicFiles.backupOf(file);
            if (version > 1) {
                long backupVersion = checkedVersion(Files.readString(backup), backup + " after kill " + kill);
                // the previous version, or (killed between making the backup and the rename) the file's own
                assertThat(backupVersion).as("kill %d: the backup of version %d", kill, version).isBetween(version - 1, version);
            }
            versionsSeen += version > previousVersion ? 1 : 0;
            previousVersion = version;
        }
        // The kills fell while it was writing, not only before its first write.
        assertThat(versionsSeen).isGreaterThan(KILLS / 2);
        assertThat(previousVersion).isGreaterThan(KILLS);
    }

    private static void drain(BufferedReader output) {
        try {
            while (output.readLine() != null) {
                // the writer's progress: only its first line matters
            }
        } catch (IOException killed) {
            // the writer was killed
        }
    }

    static String document(long version, int payloadBytes) {
        StringBuilder text = new StringBuilder("{\"version\": ").append(version).append(", \"payload\": \"");
        for (int i = 0; i < payloadBytes; i++) {
            text.append((char) ('a' + (version + i) % 26));
        }
        text.append("\"}\n");
        return text + "sha256 " + sha256(text.toString()) + "\n";
    }

    /** The version of a whole document; fails the test for an empty, half or altered one. */
    static long checkedVersion(String content, String what) {
        int checksumAt = content.lastIndexOf("sha256 ");
        assertThat(checksumAt).as("%s is whole (%d bytes)", what, content.length()).isPositive();
        String body = content.substring(0, checksumAt);
        assertThat(content.substring(checksumAt)).as("%s checksum", what).isEqualTo("sha256 " + sha256(body) + "\n");
        return versionOf(body);
    }

    static long versionOf(String content) {
        int start = content.indexOf(':') + 1;
        return Long.parseLong(content.substring(start, content.indexOf(',')).strip());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
