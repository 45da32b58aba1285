package live.studio.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IrcLineReaderTest {

    private static IrcLineReader reader(String text, int max) {
        return new IrcLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }

    @Test
    void splitsOnCrLfLfAndCr() throws IOException {
        IrcLineReader reader = reader("a\r\nb\nc\rd\r\n\r\ne", 100);
        assertThat(reader.readLine()).isEqualTo("a");
        assertThat(reader.readLine()).isEqualTo("b");
        assertThat(reader.readLine()).isEqualTo("c");
        assertThat(reader.readLine()).isEqualTo("d");
        assertThat(reader.readLine()).isEqualTo("");
        assertThat(reader.readLine()).isNull(); // "e" never ended: the connection closed mid-line
    }

    @Test
    void cutsLinesLongerThanAllowedAndSkipsTheRest() throws IOException {
        IrcLineReader reader = reader("x".repeat(10_000) + "\r\nnext\r\n", 512);
        assertThat(reader.readLine()).hasSize(512);
        assertThat(reader.readLine()).isEqualTo("next");
        assertThat(reader.oversizedLines()).isEqualTo(1);
    }

    @Test
    void malformedUtf8BecomesReplacementCharacters() throws IOException {
        byte[] bytes = {'o', 'k', (byte) 0xC3, '(', (byte) 0xFF, '\n'};
        IrcLineReader reader = new IrcLineReader(new ByteArrayInputStream(bytes), 100);
        assertThat(reader.readLine()).isEqualTo("ok\uFFFD(\uFFFD");
    }

    @Test
    void aTimeoutKeepsTheHalfReadLine() throws IOException {
        InputStream stalling = new InputStream() {
            private int call;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                call++;
                byte[] chunk = switch (call) {
                    case 1 -> "PRIVMSG #a :hel".getBytes(StandardCharsets.UTF_8);
                    case 2 -> throw new SocketTimeoutException("quiet");
                    case 3 -> "lo\r\n".getBytes(StandardCharsets.UTF_8);
                    default -> null;
                };
                if (chunk == null) {
                    return -1;
                }
                System.arraycopy(chunk, 0, buffer, offset, chunk.length);
                return chunk.length;
            }
        };
        IrcLineReader reader = new IrcLineReader(stalling, 100);
        try {
            reader.readLine();
            throw new AssertionError("expected the timeout");
        } catch (SocketTimeoutException expected) {
            // the connector pings and reads on
        }
        assertThat(reader.readLine()).isEqualTo("PRIVMSG #a :hello");
    }
}
