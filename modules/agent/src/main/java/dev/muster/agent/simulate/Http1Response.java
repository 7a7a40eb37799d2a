package dev.muster.agent.simulate;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 response read from a stream: the status, the headers (names lower-cased; a repeated
 * header keeps its last value), the body, and whether the connection may be used again.
 */
public record Http1Response(int status, Map<String, String> headers, byte[] body, boolean keepAlive) {

    private static final int MAX_LINE = 8192;
    private static final int MAX_HEADERS = 100;
    private static final int MAX_BODY = 1 << 20;

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Reads one response. Skips interim 1xx responses; reads a body framed by Content-Length or
     * chunked transfer coding, or (without either, on a connection that closes) up to end of stream.
     *
     * @param headRequest whether the request was HEAD (no body whatever the headers say)
     * @throws EOFException when the stream ends before a complete status line: the server closed an
     *                      idle connection, so the request may be sent again on a new one
     */
    public static Http1Response read(InputStream in, boolean headRequest) throws IOException {
        while (true) {
            String statusLine = line(in, true);
            if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ') {
                throw new IOException("Not an HTTP/1.x status line: " + abbreviate(statusLine));
            }
            int status;
            try {
                status = Integer.parseInt(statusLine.substring(9, 12));
            } catch (NumberFormatException e) {
                throw new IOException("Bad status code in: " + abbreviate(statusLine));
            }
            boolean http10 = statusLine.startsWith("HTTP/1.0");
            Map<String, String> headers = new HashMap<>();
            for (int count = 0; ; count++) {
                String line = line(in, false);
                if (line.isEmpty()) {
                    break;
                }
                if (count >= MAX_HEADERS) {
                    throw new IOException("Too many headers");
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IOException("Bad header line: " + abbreviate(line));
                }
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
            if (status >= 100 && status < 200) {
                continue;
            }
            String connection = headers.getOrDefault("connection", "").toLowerCase(Locale.ROOT);
            boolean keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
            byte[] body;
            String length = headers.get("content-length");
            String transfer = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
            if (headRequest || status == 204 || status == 304) {
                body = new byte[0];
            } else if (transfer.endsWith("chunked")) {
                body = chunked(in);
            } else if (length != null) {
                long n;
                try {
                    n = Long.parseLong(length.strip());
                } catch (NumberFormatException e) {
                    throw new IOException("Bad Content-Length: " + abbreviate(length));
                }
                if (n < 0 || n > MAX_BODY) {
                    throw new IOException("Content-Length out of range: " + n);
                }
                body = exactly(in, (int) n);
            } else {
                body = toEnd(in);
                keepAlive = false;
            }
            return new Http1Response(status, headers, body, keepAlive);
        }
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(in, false);
            int semicolon = sizeLine.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).strip(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("Bad chunk size: " + abbreviate(sizeLine));
            }
            if (size < 0 || out.size() + (long) size > MAX_BODY) {
                throw new IOException("Chunked body too large");
            }
            if (size == 0) {
                while (!line(in, false).isEmpty()) {
                    // Trailer fields: ignored.
                }
                return out.toByteArray();
            }
            out.write(exactly(in, size));
            if (!line(in, false).isEmpty()) {
                throw new IOException("Missing CRLF after a chunk");
            }
        }
    }

    private static byte[] exactly(InputStream in, int n) throws IOException {
        byte[] body = in.readNBytes(n);
        if (body.length != n) {
            throw new IOException("The body ended after " + body.length + " of " + n + " bytes");
        }
        return body;
    }

    private static byte[] toEnd(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new IOException("Body too large");
        }
        return body;
    }

    /** A line ended by CRLF (or a bare LF), without the ending; ISO-8859-1 as HTTP/1.1 headers are. */
    private static String line(InputStream in, boolean first) throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (first && line.length() == 0) {
                    throw new EOFException("The connection was closed before a response");
                }
                throw new IOException("The response ended in the middle of a line");
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new IOException("Line too long");
            }
            line.append((char) b);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
