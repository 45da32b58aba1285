package live.studio.chat;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads IRC lines (ending in LF, CR LF or CR) from a socket's stream, in UTF-8 with malformed bytes replaced. A line
 * longer than {@code maxLineBytes} is cut there and the rest of it skipped, so a hostile server cannot make the
 * studio buffer without end. A read timeout ({@link SocketTimeoutException}) leaves a half-read line intact for the
 * next call, which is why this is not a {@code BufferedReader}.
 */
final class IrcLineReader {
    /** IRCv3: 8191 bytes of tags plus 512 of message; Twitch's lines stay well within. */
    static final int DEFAULT_MAX_LINE_BYTES = 8191 + 512;

    private final InputStream input;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[8192];
    private int bufferStart;
    private int bufferEnd;
    private byte[] line;
    private int lineLength;
    private boolean skippingRest;
    private boolean lastWasCarriageReturn;
    private long oversizedLines;

    IrcLineReader(InputStream input, int maxLineBytes) {
        this.input = input;
        this.maxLineBytes = maxLineBytes;
        this.line = new byte[Math.min(maxLineBytes, 1024)];
    }

    /** The next line without its end, or null at the end of the stream. */
    String readLine() throws IOException {
        while (true) {
            while (bufferStart < bufferEnd) {
                byte b = buffer[bufferStart++];
                if (b == '\n' && lastWasCarriageReturn) {
                    lastWasCarriageReturn = false;
                    continue; // the LF of a CR LF already ended the line
                }
                lastWasCarriageReturn = b == '\r';
                if (b == '\n' || b == '\r') {
                    String text = decode(line, lineLength);
                    lineLength = 0;
                    skippingRest = false;
                    return text;
                }
                append(b);
            }
            int read = input.read(buffer, 0, buffer.length);
            if (read < 0) {
                return null;
            }
            bufferStart = 0;
            bufferEnd = read;
        }
    }

    /** How many lines were longer than allowed and cut. */
    long oversizedLines() {
        return oversizedLines;
    }

    private void append(byte b) {
        if (skippingRest) {
            return;
        }
        if (lineLength == maxLineBytes) {
            skippingRest = true;
            oversizedLines++;
            return;
        }
        if (lineLength == line.length) {
            line = java.util.Arrays.copyOf(line, Math.min(maxLineBytes, line.length * 2));
        }
        line[lineLength++] = b;
    }

    private static String decode(byte[] bytes, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (java.nio.charset.CharacterCodingException cannotHappenWithReplace) {
            return new String(bytes, 0, length, StandardCharsets.UTF_8);
        }
    }
}
