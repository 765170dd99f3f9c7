package dev.expcenter.stub.form;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of an {@code application/x-www-form-urlencoded} body in the order sent: split on
 * {@code &} and the first {@code =}, {@code +} read as a space, percent escapes decoded, the bytes
 * read as UTF-8. Stricter than {@link java.net.URLDecoder}, which replaces bytes that are not UTF-8:
 * here they are an error, as malformed JSON is.
 */
final class FormFields {
    /** One {@code key=value} pair, both decoded; a pair without {@code =} has the empty value. */
    record Field(String key, String value) {
    }

    static final String INVALID_BODY = "Invalid form body";

    private FormFields() {
    }

    /** The fields; empty for a body of nothing but whitespace and {@code &}. */
    static List<Field> parse(byte[] body) {
        int start = 0;
        int end = body.length;
        // A trailing newline (curl -d @file, a heredoc) is never part of a field: encoders escape it.
        while (start < end && isWhitespace(body[start])) {
            start++;
        }
        while (end > start && isWhitespace(body[end - 1])) {
            end--;
        }
        if (start < end && body[start] == '{') {
            // Encoders escape it: a body starting with one is a JSON object sent with the wrong Content-Type.
            throw new FormBodyException(INVALID_BODY + ", JSON needs Content-Type application/json", "");
        }
        List<Field> fields = new ArrayList<>();
        int at = start;
        while (at < end) {
            int amp = indexOf(body, (byte) '&', at, end);
            if (amp > at) {
                int eq = indexOf(body, (byte) '=', at, amp);
                fields.add(eq == amp ? new Field(decode(body, at, amp), "")
                        : new Field(decode(body, at, eq), decode(body, eq + 1, amp)));
            }
            at = amp + 1;
        }
        return fields;
    }

    private static String decode(byte[] body, int from, int to) {
        byte[] bytes = new byte[to - from];
        int length = 0;
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b == '+') {
                bytes[length++] = ' ';
            } else if (b == '%') {
                int high = i + 2 < to ? Character.digit(body[i + 1], 16) : -1;
                int low = i + 2 < to ? Character.digit(body[i + 2], 16) : -1;
                if (high < 0 || low < 0) {
                    throw new FormBodyException(INVALID_BODY, "");
                }
                bytes[length++] = (byte) (high << 4 | low);
                i += 2;
            } else {
                bytes[length++] = b;
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return utf8.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new FormBodyException(INVALID_BODY, "");
        }
    }

    private static int indexOf(byte[] body, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] == wanted) {
                return i;
            }
        }
        return to;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
