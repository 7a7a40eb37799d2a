package dev.muster.agent.simulate;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Http1ResponseTest {

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void readsStatusHeadersAndAContentLengthBody() throws IOException {
        Http1Response response = Http1Response.read(bytes(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\nX-Odd:  spaced  \r\n\r\n{\"a\":\"bc\"}\n"), false);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).isEqualTo("application/json");
        assertThat(response.header("X-ODD")).isEqualTo("spaced");
        assertThat(response.bodyText()).isEqualTo("{\"a\":\"bc\"}\n");
        assertThat(response.keepAlive()).isTrue();
    }

    @Test
    void readsTwoResponsesFromOneKeptAliveStream() throws IOException {
        InputStream in = bytes("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 429 Too Many Requests\r\nRetry-After: 3\r\n"
                + "Content-Length: 0\r\n\r\n");

        Http1Response first = Http1Response.read(in, false);
        Http1Response second = Http1Response.read(in, false);

        assertThat(first.bodyText()).isEqualTo("ok");
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.header("retry-after")).isEqualTo("3");
        assertThat(second.body()).isEmpty();
    }

    @Test
    void honoursConnectionCloseAndHttp10Defaults() throws IOException {
        assertThat(Http1Response.read(bytes("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"), false).keepAlive()).isFalse();
        assertThat(Http1Response.read(bytes("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n"), false).keepAlive()).isFalse();
        assertThat(Http1Response.read(bytes("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n"), false).keepAlive()).isTrue();
    }

    @Test
    void readsAChunkedBodyAndSkipsInterimResponses() throws IOException {
        Http1Response response = Http1Response.read(bytes("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n4;ext=1\r\nWiki\r\n5\r\npedia\r\n0\r\nTrailer: x\r\n\r\n"), false);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.bodyText()).isEqualTo("Wikipedia");
        assertThat(response.keepAlive()).isTrue();
    }

    @Test
    void readsToTheEndWithoutFramingAndThenClosesTheConnection() throws IOException {
        Http1Response response = Http1Response.read(bytes("HTTP/1.1 500 Oops\r\n\r\nsomething broke"), false);

        assertThat(response.bodyText()).isEqualTo("something broke");
        assertThat(response.keepAlive()).isFalse();
    }

    @Test
    void noBodyFor204EvenWithoutFraming() throws IOException {
        InputStream in = bytes("HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");

        assertThat(Http1Response.read(in, false).body()).isEmpty();
        assertThat(Http1Response.read(in, false).status()).isEqualTo(200);
    }

    @Test
    void anEmptyStreamMeansTheServerClosedAnIdleConnection() {
        assertThatThrownBy(() -> Http1Response.read(bytes(""), false)).isInstanceOf(EOFException.class);
    }

    @Test
    void refusesBrokenResponses() {
        assertThatThrownBy(() -> Http1Response.read(bytes("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort"), false))
                .isInstanceOf(IOException.class).hasMessageContaining("ended after 5 of 10 bytes");
        assertThatThrownBy(() -> Http1Response.read(bytes("SSH-2.0-OpenSSH\r\n"), false)).hasMessageContaining("Not an HTTP/1.x status line");
        assertThatThrownBy(() -> Http1Response.read(bytes("HTTP/1.1 2xx OK\r\n\r\n"), false)).hasMessageContaining("Bad status code");
        assertThatThrownBy(() -> Http1Response.read(bytes("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"), false))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> Http1Response.read(bytes("HTTP/1.1 200 OK\r\nNoColon\r\n\r\n"), false)).hasMessageContaining("Bad header");
        assertThatThrownBy(() -> Http1Response.read(bytes("HTTP/1.1 200 OK\r\nContent-Le"), false)).hasMessageContaining("middle of a line");
    }
}
