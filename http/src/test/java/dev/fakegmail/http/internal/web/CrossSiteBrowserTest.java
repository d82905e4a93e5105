package dev.fakegmail.http.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * README "a web page elsewhere cannot change the account", in a real Chromium: a page of another site (another origin
 * on this machine) posts to the control API and to the account page's form; nothing changes. The same request from
 * the fake's own page goes through, so the browser did reach the fake and the guard told the two apart.
 */
class CrossSiteBrowserTest {
    private static final String CHANGE = "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {method: 'POST', mode: arguments[1], headers: {'Content-Type': arguments[2]},"
            + " body: arguments[3]}).then(r => done(r.type + ' ' + r.status), e => done('error ' + e));";

    private static WebFixture web;
    private static Browser browser;
    private static ChromeDriver driver;
    private static HttpServer elsewhere;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        driver = browser.driver();
        web = new WebFixture();
        elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        elsewhere.createContext("/", exchange -> {
            byte[] page = "<!DOCTYPE html><title>another site</title><p>another site".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        elsewhere.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
            web.close();
            elsewhere.stop(0);
        }
    }

    @Test
    void aPageOfAnotherSiteCannotChangeThePasswordButTheFakesOwnPageCan() {
        String fake = "http://localhost:" + web.port();
        String before = web.gmail.defaultAccount().password();

        driver.get("http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/");
        Object api = driver.executeAsyncScript(CHANGE, fake + "/api/accounts/user@gmail.com/password", "no-cors",
                "text/plain", "{\"password\": \"Hijacked-1\"}");
        Object form = driver.executeAsyncScript(CHANGE, fake + "/account/password", "no-cors",
                "application/x-www-form-urlencoded", "account=user%40gmail.com&password=Hijacked-2");

        assertThat(api).isEqualTo("opaque 0");
        assertThat(form).isEqualTo("opaque 0");
        assertThat(web.gmail.defaultAccount().password()).isEqualTo(before);
        assertThat(web.gmail.defaultAccount().appPasswords()).hasSize(1);

        driver.get(fake + "/account");
        Object own = driver.executeAsyncScript(CHANGE, fake + "/api/accounts/user@gmail.com/password", "same-origin",
                "application/json", "{\"password\": \"Changed-By-Owner-1\"}");

        assertThat(own).isEqualTo("basic 200");
        assertThat(web.gmail.defaultAccount().password()).isEqualTo("Changed-By-Owner-1");
    }
}
