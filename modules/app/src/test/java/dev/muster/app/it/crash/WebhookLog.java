package dev.muster.app.it.crash;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on loopback that logs every request it takes in (its idempotency key, its body
 * and what it answered) and answers as the test says: it can hang past the sender's timeout (the
 * receiver has the notification, the sender does not know), refuse with 503, or accept with 204.
 */
final class WebhookLog implements AutoCloseable {

    enum Mode { HANG, REFUSE, ACCEPT }

    record Arrival(String idempotencyKey, String body, Mode mode, int answered) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final Duration hang;
    private volatile Mode mode = Mode.ACCEPT;

    WebhookLog(Duration hang) throws IOException {
        this.hang = hang;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Mode now = mode;
            int status = now == Mode.ACCEPT ? 204 : 503;
            if (now == Mode.HANG) {
                try {
                    Thread.sleep(hang.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            arrivals.add(new Arrival(exchange.getRequestHeaders().getFirst("Idempotency-Key"), body, now, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    /** Everything taken in so far (a hanging request counts once its hang is over). */
    List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
