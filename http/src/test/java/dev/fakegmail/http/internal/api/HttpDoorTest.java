package dev.fakegmail.http.internal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fakegmail.http.internal.kernel.NoDelay;
import dev.fakegmail.http.internal.kernel.Route;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.HttpSide;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** docs/http-api.md §1: where the HTTP side binds, what it does when it cannot, its OpenAPI document, no 500s. */
class HttpDoorTest {
    @RegisterExtension
    static final HttpServerExtension GMAIL = new HttpServerExtension();

    @Test
    void acceptedSocketsSendAtOnceWithoutWaitingForADelayedAck() {
        GMAIL.api().get("/api/accounts").expect(200);

        assertThat(System.getProperty(NoDelay.PROPERTY)).isEqualTo("true");
    }

    @Test
    void bindsLoopbackOnly() throws IOException {
        try (HttpDoor door = HttpDoor.open(GMAIL.server(), new HttpSide.Settings(0, false, List.of(), List.of()))) {
            assertThat(door.address().getAddress().isLoopbackAddress()).isTrue();
            assertThat(door.address().getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
        }
        assertThat(GMAIL.server().httpUri().toString()).isEqualTo("http://localhost:" + GMAIL.server().httpPort() + "/");
    }

    @Test
    void fallsBackToAFreePortUnlessStrict() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();
            try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).httpPort(port).build()
                    .start()) {
                assertThat(gmail.httpPort()).isNotEqualTo(port).isPositive();
            }
            FakeGmailServer strict = FakeGmailServer.builder().smtpPort(0).sslPort(0).httpPort(port).strictPorts(true)
                    .build();
            assertThatThrownBy(strict::start).isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("Cannot bind the HTTP port " + port + " on 127.0.0.1 (")
                    .hasMessageEndingWith("); choose another with httpPort(n) or --http-port N, 0 for any free port,"
                            + " or drop strictPorts / --strict-ports");
        }
    }

    @Test
    void anEmbeddedServerServesNoHttpUnlessAsked() {
        try (FakeGmailServer gmail = FakeGmailServer.builder().smtpPort(0).sslPort(0).build().start()) {
            assertThatThrownBy(gmail::httpPort).isInstanceOf(IllegalStateException.class)
                    .hasMessage("This fake Gmail serves no HTTP: build it with FakeGmailServer.builder().http(true)"
                            + " (or .httpPort(8025)) to get the control API and /token");
        }
    }

    @Test
    void theOpenApiDocumentListsExactlyTheServedOperations() throws IOException {
        JsonNode served = GMAIL.api().get("/api/openapi.json").expect(200);
        JsonNode resource;
        try (InputStream in = HttpDoor.class.getResourceAsStream("openapi.json")) {
            resource = new ObjectMapper().readTree(in);
        }
        assertThat(served).isEqualTo(resource);

        Set<String> documented = new TreeSet<>();
        served.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        Set<String> routes = new TreeSet<>();
        Routes.api(GMAIL.server()).forEach(route -> routes.add(route.method() + " " + route.template()));
        routes.add("POST /token");

        assertThat(documented).isEqualTo(routes);
    }

    @Test
    void noOperationAnswers500ToGarbage() {
        HttpApi api = GMAIL.api();
        List<String> statuses = new ArrayList<>();
        for (Route route : Routes.api(GMAIL.server())) {
            if (route.template().equals("/api/reset") || route.method().equals("DELETE")
                    && !route.template().contains("{")) {
                continue;
            }
            for (String filler : List.of("nobody%40gmail.com", "%25zz", "9999", "alice@gmail.com")) {
                String path = route.template().replaceAll("\\{[a-z]+\\}", filler) + "?count=-1&after=x&timeout=q";
                for (String body : List.of("{oops", "[]", "{\"address\": [], \"password\": 1, \"by\": {}, \"stage\": 5,"
                        + " \"name\": false, \"enabled\": null, \"token\": 3}", "")) {
                    int status = api.send(route.method(), path, body).status();
                    statuses.add(status + " " + route.method() + " " + path + " " + body);
                }
            }
        }
        assertThat(statuses).noneMatch(line -> line.startsWith("5"));
    }
}
