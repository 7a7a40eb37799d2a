package dev.muster.agent.simulate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One persistent HTTP/1.1 connection, used by one thread at a time: sends a request with a
 * Content-Length body and reads the response. Connects lazily and again after the server closes
 * it; a request that finds a kept-alive connection already closed by the server is sent once more
 * on a new one (the server never saw it).
 */
public final class Http1Connection implements Closeable {

    private final URI server;
    private final String hostHeader;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int used;
    private long connects;

    public Http1Connection(URI server, int connectTimeoutMillis, int readTimeoutMillis) {
        this.server = server;
        int port = port(server);
        boolean defaultPort = server.getPort() < 0;
        this.hostHeader = server.getHost() + (defaultPort ? "" : ":" + port);
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    private static int port(URI server) {
        return server.getPort() > 0 ? server.getPort() : "https".equalsIgnoreCase(server.getScheme()) ? 443 : 80;
    }

    /** How many TCP connections were opened so far. */
    public long connects() {
        return connects;
    }

    /**
     * Sends {@code method path} with the given extra header lines (each ending in CRLF) and body,
     * and returns the response.
     */
    public Http1Response exchange(String method, String path, String headerLines, byte[] body) throws IOException {
        byte[] head = ("" + method + ' ' + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\n" + headerLines
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        boolean reused = socket != null && used > 0;
        try {
            return once(head, body);
        } catch (EOFException | SocketException e) {
            close();
            if (!reused) {
                throw e;
            }
            return once(head, body);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private Http1Response once(byte[] head, byte[] body) throws IOException {
        if (socket == null) {
            connect();
        }
        out.write(head);
        out.write(body);
        out.flush();
        Http1Response response = Http1Response.read(in, false);
        used++;
        if (!response.keepAlive()) {
            close();
        }
        return response;
    }

    private void connect() throws IOException {
        Socket plain = new Socket();
        try {
            plain.setTcpNoDelay(true);
            plain.setKeepAlive(true);
            plain.connect(new InetSocketAddress(server.getHost(), port(server)), connectTimeoutMillis);
            plain.setSoTimeout(readTimeoutMillis);
            Socket connected = plain;
            if ("https".equalsIgnoreCase(server.getScheme())) {
                SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                        .createSocket(plain, server.getHost(), port(server), true);
                tls.startHandshake();
                connected = tls;
            }
            socket = connected;
            in = new BufferedInputStream(connected.getInputStream(), 8192);
            out = new BufferedOutputStream(connected.getOutputStream(), 4096);
            used = 0;
            connects++;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a socket that failed: nothing more to do.
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}
