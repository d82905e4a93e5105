package dev.fakegmail.http.internal.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.HttpSide;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * docs/http-api.md §1: beyond its cap of concurrent exchanges the kernel answers 503 at once, in the area's format,
 * and serves again when they finish; a malformed percent-encoding is a 400 in the area's format too.
 */
class KernelLimitsTest {

    @Test
    void beyondTheCapA503SaysSoAndAfterwardsRequestsAreServed() throws Exception {
        CountDownLatch entered = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        Errors text = new Errors() {
            @Override
            public void render(Exchange exchange, HttpError error) throws IOException {
                exchange.text(error.status(), error.code() + ": " + error.getMessage());
            }

            @Override
            public String notFound(String path) {
                return "no " + path;
            }

            @Override
            public String notAllowed(String method, String path, List<String> allowed) {
                return "not " + method;
            }
        };
        Area area = new Area("/", List.of(
                new Route("GET", "/hold", exchange -> {
                    entered.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.text(200, "held");
                }),
                new Route("GET", "/ok", exchange -> exchange.text(200, "ok"))),
                "application/x-www-form-urlencoded", 1024, false, text);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        Deadlines deadlines = new Deadlines(Duration.ofSeconds(30), "kernel-limits");
        server.createContext("/", new Kernel(List.of(area), new HttpSide.Settings(0, false, List.of(), List.of()), 2,
                deadlines));
        server.start();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            RawHttp http = new RawHttp(server.getAddress().getPort());
            Future<RawHttp.Answer> first = clients.submit(() -> http.send("GET", "/hold", "localhost", Map.of(), ""));
            Future<RawHttp.Answer> second = clients.submit(() -> http.send("GET", "/hold", "localhost", Map.of(), ""));
            assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();

            RawHttp.Answer refused = http.send("GET", "/ok", "localhost", Map.of(), "");
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.body()).isEqualTo("busy: The fake Gmail is answering 2 requests at once, its limit (each"
                    + " open inbox tab and each blocking wait holds one); try again when some have finished.");

            release.countDown();
            assertThat(first.get(20, TimeUnit.SECONDS).body()).isEqualTo("held");
            assertThat(second.get(20, TimeUnit.SECONDS).body()).isEqualTo("held");
            assertThat(http.send("GET", "/ok", "localhost", Map.of(), "").body()).isEqualTo("ok");
        } finally {
            release.countDown();
            clients.shutdownNow();
            server.stop(0);
            executor.shutdownNow();
            deadlines.close();
        }
    }

    @Test
    void aMalformedPercentEncodingIsA400InTheAreasFormat() throws IOException {
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).imapPort(0).httpPort(0).build()
                .start()) {
            RawHttp http = new RawHttp(gmail.httpPort());
            String form = "application/x-www-form-urlencoded";

            RawHttp.Answer page = http.send("POST", "/account/password", http.ownHost(), Map.of("Content-Type", form),
                    "account=%zz&password=x");
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
            assertThat(page.body()).contains("Malformed percent-encoding in &#39;%zz&#39;; encode &#39;%&#39; as %25");

            RawHttp.Answer token = http.send("POST", "/token", http.ownHost(), Map.of("Content-Type", form),
                    "grant_type=%zz");
            assertThat(token.status()).isEqualTo(400);
            assertThat(token.body()).contains("\"error\" : \"invalid_request\"")
                    .contains("\"error_description\" : \"Malformed percent-encoding in '%zz'; encode '%' as %25\"");
        }
    }
}
