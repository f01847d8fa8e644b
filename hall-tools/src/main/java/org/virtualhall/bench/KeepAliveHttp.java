package org.virtualhall.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * One client's HTTP/1.1 connection, kept alive, with blocking reads and writes on the calling thread: the cheapest
 * way for a load generator to send its requests, so that its own CPU stays a small part of what a bench measures on
 * the same two cores (the JDK's asynchronous client spent an eighth of them handing requests between its threads).
 * Reads bodies of either framing, Content-Length or chunked. Not thread-safe: one per client thread.
 */
public final class KeepAliveHttp implements AutoCloseable {

    private final URI server;
    private Socket socket;
    private BufferedInputStream in;
    private OutputStream out;

    public KeepAliveHttp(URI server) {
        this.server = server;
    }

    /** Sends GET {@code pathAndQuery} (already URL-encoded) and returns the status code once the body is read. */
    public int get(String pathAndQuery) throws IOException {
        return exchange("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host() + "\r\nAccept: application/json\r\n\r\n",
                null, false).status();
    }

    /** POSTs a JSON body, with {@code Authorization: Bearer token} unless the token is null; returns status and body. */
    public Response post(String path, String token, byte[] json) throws IOException {
        return post(path, token, json, Map.of());
    }

    /** As {@link #post(String, String, byte[])}, with more request headers. */
    public Response post(String path, String token, byte[] json, Map<String, String> headers) throws IOException {
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(host())
                .append("\r\nContent-Type: application/json");
        if (token != null) {
            head.append("\r\nAuthorization: Bearer ").append(token);
        }
        headers.forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
        head.append("\r\nContent-Length: ").append(json.length).append("\r\n\r\n");
        return exchange(head.toString(), json, true);
    }

    private Response exchange(String head, byte[] body, boolean keepBody) throws IOException {
        if (socket == null) {
            connect();
        }
        byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
        if (body == null) {
            out.write(headBytes);
        } else {
            // one write, so that head and body leave in one segment
            byte[] request = new byte[headBytes.length + body.length];
            System.arraycopy(headBytes, 0, request, 0, headBytes.length);
            System.arraycopy(body, 0, request, headBytes.length, body.length);
            out.write(request);
        }
        out.flush();
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        ByteArrayOutputStream kept = keepBody ? new ByteArrayOutputStream() : null;
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                read(size, kept);
                line();
            }
            while (!line().isEmpty()) {
                // trailers end with an empty line
            }
        } else if (length > 0) {
            read(length, kept);
        }
        if (closing) {
            close();
        }
        return new Response(code, kept == null ? new byte[0] : kept.toByteArray());
    }

    private String host() {
        return server.getHost() + ":" + server.getPort();
    }

    private void connect() throws IOException {
        socket = new Socket(server.getHost(), server.getPort());
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(60_000);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    private long chunkSize() throws IOException {
        String line = line();
        int extension = line.indexOf(';');
        return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** Reads {@code bytes} of the body into {@code kept}, or past them when it is null. */
    private void read(long bytes, ByteArrayOutputStream kept) throws IOException {
        if (kept != null) {
            byte[] part = in.readNBytes((int) bytes);
            if (part.length < bytes) {
                throw new EOFException("connection closed in a body");
            }
            kept.writeBytes(part);
            return;
        }
        for (long left = bytes; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("connection closed in a body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }

    /** A status code and the body's bytes. */
    public record Response(int status, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
