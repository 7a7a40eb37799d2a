package dev.muster.app.it.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A Muster server in a process of its own, started the way an operator starts it
 * ({@code server-config/start-muster.sh}), so a test can kill it with SIGKILL and start it again on
 * the same data directory, which Arquillian's managed container cannot survive. The runtime (Payara
 * Micro's jar, its unpacked root and class data archive) is a private copy under {@code work}, so a
 * development server started from {@code modules/app/target/runtime} is never touched. Everything
 * the server prints goes to {@code work/server-<n>.log}.
 */
final class MusterProcess implements AutoCloseable {

    private final Path work;
    private final Path runtime;
    private final int port;
    private final List<String> javaOptions;
    private final String cluster;
    private Process process;
    private int boots;

    MusterProcess(Path work, int port, String cluster, List<String> javaOptions) throws IOException {
        this.work = work;
        this.runtime = work.resolve("runtime");
        this.port = port == 0 ? freePort() : port;
        this.cluster = cluster;
        this.javaOptions = List.copyOf(javaOptions);
        Files.createDirectories(runtime);
        Path shared = Path.of(System.getProperty("muster.runtime", "modules/app/target/runtime"));
        Files.copy(shared.resolve("payara-micro.jar"), runtime.resolve("payara-micro.jar"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES);
    }

    URL url() throws IOException {
        return URI.create("http://127.0.0.1:" + port + "/").toURL();
    }

    /** Starts the server and waits until it answers ready; returns its log file. */
    Path start(Duration timeout) throws Exception {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        Path log = work.resolve("server-" + ++boots + ".log");
        List<String> command = new ArrayList<>(List.of("bash", "server-config/start-muster.sh", runtime.toString(),
                System.getProperty("muster.war", "modules/app/target/muster.war"), "--port", Integer.toString(port)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_OPTS", String.join(" ", javaOptions));
        builder.environment().put("MUSTER_CLUSTER", cluster);
        process = builder.start();
        awaitReady(log, timeout);
        return log;
    }

    /** SIGKILL: no shutdown hook, no orderly close of the database or the broker's store. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private void awaitReady(Path log, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
            }
            if (status(http, "health/ready") == 200 && status(http, "api/v1/ping") == 204) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server was not ready within " + timeout + "; see " + log.toAbsolutePath());
    }

    private int status(HttpClient http, String path) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(url().toURI().resolve(path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | java.net.URISyntaxException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
