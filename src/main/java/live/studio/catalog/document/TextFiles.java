package live.studio.catalog.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text file that a person wrote or exported: the size is checked before anything is read, UTF-8 is decoded
 * strictly (a Windows-1252 or Latin-1 file is told apart, not silently garbled) and a leading byte order mark is
 * dropped, so that line and column numbers match what an editor shows.
 */
public final class TextFiles {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TextFiles() {
    }

    /** The outcome of reading a file. */
    public sealed interface TextRead {
        /** The text, without its byte order mark if it had one. */
        record Text(String text) implements TextRead {
        }

        record TooLarge(long sizeBytes, long maxBytes) implements TextRead {
        }

        /** The bytes are not UTF-8; {@code position} is where the first bad byte is. The bytes are kept to decode otherwise. */
        record NotUtf8(Position position, int badByte, byte[] bytes) implements TextRead {
        }

        /** Missing, a folder, unreadable: {@code reason} says which, in words. */
        record Unreadable(String reason) implements TextRead {
        }
    }

    public static TextRead read(Path file, long maxBytes) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return new TextRead.Unreadable("is a folder, not a file");
            }
            long sizeBytes = Files.size(file);
            if (sizeBytes > maxBytes) {
                return new TextRead.TooLarge(sizeBytes, maxBytes);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new TextRead.Unreadable("does not exist");
        } catch (IOException | SecurityException e) {
            return new TextRead.Unreadable("cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length > maxBytes) {
            // it grew between the size check and the read
            return new TextRead.TooLarge(bytes.length, maxBytes);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(input, output, true);
        if (result.isError()) {
            int badIndex = input.position();
            output.flip();
            return new TextRead.NotUtf8(positionAfter(withoutByteOrderMark(output.toString())), bytes[badIndex] & 0xFF, bytes);
        }
        decoder.flush(output);
        output.flip();
        return new TextRead.Text(withoutByteOrderMark(output.toString()));
    }

    /** Decodes bytes that are not UTF-8 as Windows-1252, what spreadsheet programs on Windows save by default. */
    public static String decodeWindows1252(byte[] bytes) {
        try {
            String text = java.nio.charset.Charset.forName("windows-1252").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return withoutByteOrderMark(text);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("replacing decoder reported an error", e);
        }
    }

    /** The position just after {@code text}: where the next character would be. Any of CRLF, LF, CR ends a line. */
    public static Position positionAfter(CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return new Position(line, column);
    }

    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }
}
