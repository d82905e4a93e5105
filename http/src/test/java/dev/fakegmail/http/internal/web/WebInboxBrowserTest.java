package dev.fakegmail.http.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.GmailSmtpProfile;
import jakarta.mail.AuthenticationFailedException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pages in a real browser (Debian's headless Chromium): what a person sees and does. */
class WebInboxBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static WebFixture web;
    private static Tracker tracker;
    private static Browser browser;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        driver = browser.driver();
        web = new WebFixture();
        tracker = new Tracker();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
            web.close();
            tracker.close();
        }
    }

    @BeforeEach
    void reset() {
        driver.get("about:blank");
        web.gmail.reset();
        tracker.forget();
    }

    @Test
    void inboxListsAMessageSentThroughTheFakesSmtp() throws Exception {
        Mails.sendText(web.gmail.profile(), "bob@example.com", "Welcome to Acme CRM", "Hello Bob!");
        web.gmail.awaitMessages(1, WAIT);

        driver.get(web.url("/"));

        WebElement row = driver.findElement(By.cssSelector("#rows tr[data-id='1']"));
        assertThat(row.findElement(By.className("from")).getText()).isEqualTo("user@gmail.com");
        assertThat(row.findElement(By.className("to")).getText()).isEqualTo("bob@example.com");
        assertThat(row.findElement(By.className("subject")).getText()).isEqualTo("Welcome to Acme CRM");
        assertThat(driver.findElement(By.id("count")).getText()).isEqualTo("1 message");
        assertThat(driver.getTitle()).isEqualTo("Inbox (1) — fake Gmail");
    }

    @Test
    void aMessageAppearsLiveWithoutAReload() throws Exception {
        driver.get(web.url("/"));
        assertThat(driver.findElement(By.cssSelector("#rows tr.empty")).getText()).startsWith("No messages yet.");
        driver.executeScript("window.sameDocument = 'yes'");
        waitFor(() -> "● live".equals(driver.findElement(By.id("live")).getText())); // the long poll is out

        Mails.sendText(web.gmail.profile(), "carol@example.com", "Arrives while you look", "x");

        WebElement row = new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rows tr[data-id='1']")));
        assertThat(row.findElement(By.className("subject")).getText()).isEqualTo("Arrives while you look");
        assertThat(driver.findElement(By.id("count")).getText()).isEqualTo("1 message");
        assertThat(driver.executeScript("return window.sameDocument")).isEqualTo("yes");
    }

    @Test
    void messageViewShowsHtmlTextHeadersAttachmentAndRaw() throws Exception {
        byte[] pdf = "%PDF-1.4\n% the invoice\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Mails.sendRich(web.gmail.profile(), "user@gmail.com", "bob@example.com", "Invoice 2026-114",
                "Please find the invoice attached.",
                "<h2 id=\"greeting\">Hello Bob</h2><p>Please find the invoice attached.</p>", "invoice-2026-114.pdf",
                pdf, "application/pdf");
        String id = web.gmail.awaitMessages(1, WAIT).get(0).id();

        driver.get(web.url("/"));
        navigate(driver.findElement(By.linkText("Invoice 2026-114")));

        assertThat(driver.findElement(By.id("subject")).getText()).isEqualTo("Invoice 2026-114");
        assertThat(driver.findElement(By.id("envelope")).getText())
                .isEqualTo("MAIL FROM <user@gmail.com> to bob@example.com (signed in as user@gmail.com)");
        WebElement attachment = driver.findElement(By.cssSelector("#attachments a"));
        assertThat(attachment.getText()).isEqualTo("invoice-2026-114.pdf");
        assertThat(download(attachment.getAttribute("href"))).contains("% the invoice");
        driver.switchTo().frame("html-frame");
        assertThat(driver.findElement(By.id("greeting")).getText()).isEqualTo("Hello Bob");
        driver.switchTo().defaultContent();

        navigate(driver.findElement(By.id("tab-text")));
        assertThat(driver.findElement(By.id("text")).getText()).isEqualTo("Please find the invoice attached.");

        navigate(driver.findElement(By.id("tab-headers")));
        List<WebElement> added = driver.findElements(By.cssSelector("#headers tr.added td.name"));
        assertThat(added).extracting(WebElement::getText).containsExactly("Received added by Gmail");
        assertThat(driver.findElement(By.cssSelector("#headers tr.added td.value")).getText())
                .contains("by smtp.gmail.com with ESMTPSA id");

        navigate(driver.findElement(By.id("tab-raw")));
        assertThat(driver.findElement(By.id("raw")).getText()).startsWith("Received: from ")
                .contains("Subject: Invoice 2026-114")
                .contains("Content-Disposition: attachment; filename=invoice-2026-114.pdf");
        assertThat(driver.getCurrentUrl()).isEqualTo(web.url("/messages/" + id + "?view=raw"));
    }

    @Test
    void scriptInAMessageRunsNeitherInTheInboxNorInItsFrame() throws Exception {
        String html = "<html><head><title>untouched</title></head><body><p id=\"hello\">Hello from the message</p>"
                + "<script>document.title = 'script ran'; try { parent.document.title = 'script ran'; } catch (e) {}"
                + " try { parent.ranScript = true; } catch (e) {}</script>"
                + "<img src=\"x\" onerror=\"document.title = 'onerror ran';"
                + " try { parent.ranOnerror = true; } catch (e) {}\">"
                + "<img src=\"" + tracker.url("/pixel.png") + "\" alt=\"remote\"></body></html>";
        tracker.serve(html);
        driver.get(tracker.url("/page")); // the control: unprotected, the same HTML runs both and loads the pixel
        waitFor(() -> "onerror ran".equals(driver.getTitle()));
        assertThat(tracker.requests()).contains("/pixel.png");
        tracker.forget();

        Mails.sendHtml(web.gmail.profile(), "bob@example.com", "<script>document.title='subject ran'</script>", html);
        String id = web.gmail.awaitMessages(1, WAIT).get(0).id();
        driver.get(web.url("/"));
        assertThat(driver.findElement(By.cssSelector("#rows td.subject")).getText())
                .isEqualTo("<script>document.title='subject ran'</script>");
        driver.get(web.url("/messages/" + id));

        assertThat(driver.getTitle()).isEqualTo("<script>document.title='subject ran'</script> — fake Gmail");
        driver.switchTo().frame("html-frame");
        assertThat(driver.findElement(By.id("hello")).getText()).isEqualTo("Hello from the message");
        assertThat(driver.findElement(By.tagName("title")).getAttribute("textContent")).isEqualTo("untouched");
        driver.switchTo().defaultContent();
        assertThat(driver.executeScript("return [typeof window.ranScript, typeof window.ranOnerror]"))
                .isEqualTo(List.of("undefined", "undefined"));
        // nothing the message names was fetched; the control page's own favicon may be asked for late (seen once)
        assertThat(tracker.requests()).filteredOn(path -> !path.equals("/favicon.ico")).isEmpty();
    }

    @Test
    void changingThePasswordOnTheAccountPageRefusesTheNextSend() throws Exception {
        GmailSmtpProfile before = web.gmail.profile();
        Mails.sendText(before, "bob@example.com", "Before the change", "x");
        driver.get(web.url("/account"));
        assertThat(driver.findElement(By.cssSelector(".app-passwords td.name")).getText()).isEqualTo("Mail");
        assertThat(driver.findElement(By.cssSelector(".app-passwords td.last-used")).getText()).endsWith(" UTC");

        driver.findElement(By.cssSelector("form.change-password input[name=password]")).sendKeys("A-new-password-1");
        navigate(driver.findElement(By.cssSelector("form.change-password button")));

        assertThat(driver.findElement(By.id("password-changed")).getText())
                .isEqualTo("Password changed for user@gmail.com.");
        assertThat(driver.findElement(By.id("revoked")).getText())
                .startsWith("Google revoked every app password of the account: “Mail” (created ")
                .endsWith("A mail client that signs in with one of them now gets "
                        + "535 5.7.8 Username and Password not accepted.");
        assertThat(driver.findElement(By.className("no-app-passwords")).getText())
                .isEqualTo("You don't have any app passwords.");
        assertThatThrownBy(() -> Mails.sendText(before, "bob@example.com", "After the change", "x"))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("535-5.7.8 Username and Password not accepted. For more information, go to")
                .hasMessageContaining("535 5.7.8  https://support.google.com/mail/?p=BadCredentials");
        assertThat(web.gmail.receivedMessages()).hasSize(1);
    }

    @Test
    void anAppPasswordCreatedOnThePageWorksOnceShownAndStopsWhenRevoked() throws Exception {
        driver.get(web.url("/account"));
        driver.findElement(By.cssSelector("form.create-app-password input[name=name]")).sendKeys("Acme CRM");
        navigate(driver.findElement(By.cssSelector("form.create-app-password button")));

        String letters = driver.findElement(By.id("new-app-password")).getText();
        assertThat(letters).matches("[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}");
        GmailSmtpProfile crm = web.gmail.profile().withPassword(letters);
        Mails.sendText(crm, "bob@example.com", "From the CRM", "x");
        driver.get(web.url("/account"));
        assertThat(driver.getPageSource()).doesNotContain(letters).doesNotContain(letters.replace(" ", ""));
        assertThat(driver.findElements(By.cssSelector(".app-passwords td.name"))).extracting(WebElement::getText)
                .containsExactly("Mail", "Acme CRM");

        navigate(driver.findElements(By.cssSelector("form.revoke button")).get(1));

        assertThat(driver.findElement(By.id("revoked")).getText()).startsWith("App password “Acme CRM” revoked.");
        assertThatThrownBy(() -> Mails.sendText(crm, "bob@example.com", "Revoked", "x"))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessageContaining("535-5.7.8 Username and Password not accepted.");
    }

    @Test
    void searchFiltersByAddressAndSubjectAndDeleteRemoves() throws Exception {
        Mails.sendText(web.gmail.profile(), "bob@example.com", "Quarterly report", "x");
        Mails.sendText(web.gmail.profile(), "carol@example.com", "Lunch?", "x");
        web.gmail.awaitMessages(2, WAIT);
        driver.get(web.url("/"));

        driver.findElement(By.id("q")).sendKeys("carol");
        navigate(driver.findElement(By.cssSelector("form.search button")));
        assertThat(subjects()).containsExactly("Lunch?");
        assertThat(driver.findElement(By.id("count")).getText()).isEqualTo("1 of 2 messages match “carol”");
        driver.findElement(By.id("q")).clear();
        driver.findElement(By.id("q")).sendKeys("REPORT");
        navigate(driver.findElement(By.cssSelector("form.search button")));
        assertThat(subjects()).containsExactly("Quarterly report");

        navigate(driver.findElement(By.linkText("Quarterly report")));
        navigate(driver.findElement(By.id("delete")));
        assertThat(subjects()).containsExactly("Lunch?");
        assertThat(web.gmail.message("1")).isEmpty();

        navigate(driver.findElement(By.id("delete-all")));
        assertThat(driver.findElement(By.cssSelector("#rows tr.empty")).getText()).startsWith("No messages yet.");
        assertThat(web.gmail.receivedMessages()).isEmpty();
    }

    /** The README's pictures: a real run, saved to target/screenshots/ (docs/images/ holds the committed copies). */
    @Test
    void screenshotsOfARealRun() throws Exception {
        GmailSmtpProfile profile = web.gmail.profile();
        Mails.sendText(profile, "bob@example.com", "Welcome to Acme CRM", "Hello Bob,\r\n\r\nyour account is ready.");
        Mails.sendRich(profile, "Acme Accounts <accounts@acme.example>", "accounts@client.example",
                "Invoice 2026-114 from Acme",
                "Dear customer,\r\n\r\nplease find invoice 2026-114 attached.\r\n\r\nAcme Accounts",
                "<div style=\"font-family:Arial,sans-serif;max-width:560px\"><h2 style=\"color:#0b57d0\">Invoice "
                        + "2026-114</h2><p>Dear customer,</p><p>please find invoice <b>2026-114</b> for November "
                        + "attached.</p><table style=\"border-collapse:collapse\"><tr><td style=\"padding:4px 12px;"
                        + "border:1px solid #ddd\">CRM seats &times; 12</td><td style=\"padding:4px 12px;border:1px "
                        + "solid #ddd\">EUR 1,140.00</td></tr></table><p>Kind regards,<br>Acme Accounts</p></div>",
                "invoice-2026-114.pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                "application/pdf");
        Mails.sendText(profile, "carol@example.com", "Reset your password", "Use this link within one hour.");
        Mails.sendHtml(profile, "team@example.com", "Weekly pipeline report",
                "<h1>Pipeline</h1><p>14 deals moved forward this week.</p>");
        web.gmail.awaitMessages(4, WAIT);

        driver.get(web.url("/"));
        assertThat(subjects()).containsExactly("Weekly pipeline report", "Reset your password",
                "Invoice 2026-114 from Acme", "Welcome to Acme CRM");
        assertPng(browser.screenshot("inbox"));

        navigate(driver.findElement(By.linkText("Invoice 2026-114 from Acme")));
        assertThat(driver.findElement(By.id("html-frame")).isDisplayed()).isTrue();
        assertPng(browser.screenshot("message"));
        navigate(driver.findElement(By.id("tab-headers")));
        assertPng(browser.screenshot("message-headers"));

        driver.get(web.url("/account"));
        driver.findElement(By.cssSelector("form.create-app-password input[name=name]")).sendKeys("Acme CRM");
        navigate(driver.findElement(By.cssSelector("form.create-app-password button")));
        Mails.sendText(profile.withPassword(driver.findElement(By.id("new-app-password")).getText()),
                "bob@example.com", "Sent with the new app password", "x");
        driver.get(web.url("/account"));
        assertPng(browser.screenshot("account"));
        driver.findElement(By.cssSelector("form.change-password input[name=password]")).sendKeys("A-new-password-1");
        navigate(driver.findElement(By.cssSelector("form.change-password button")));
        assertThat(driver.findElement(By.id("revoked")).getText()).contains("“Mail”").contains("“Acme CRM”");
        assertPng(browser.screenshot("account-password-changed"));
    }

    private static void assertPng(java.nio.file.Path file) throws IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        assertThat(bytes.length).isGreaterThan(10_000);
        assertThat(java.util.Arrays.copyOf(bytes, 8))
                .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    }

    private static List<String> subjects() {
        return driver.findElements(By.cssSelector("#rows td.subject a")).stream().map(WebElement::getText).toList();
    }

    /** Clicks a link or a form's button and waits until the browser shows the page it leads to. */
    private static void navigate(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, WAIT).until(ignored -> gone(page));
        // the old page is gone; wait until the new one is whole before the test looks for its nodes
        new WebDriverWait(driver, WAIT).until(ignored -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /**
     * Whether the page's root node has left the document. Chromium 156's driver says so either as a stale element or,
     * while the new page is being built, as an "unknown error" that the node "does not belong to the document"
     * (seen in CI), which {@code ExpectedConditions.stalenessOf} does not take for staleness.
     */
    private static boolean gone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, WAIT).until(ignored -> condition.getAsBoolean());
    }

    private static String download(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
