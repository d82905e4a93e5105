package dev.fakegmail.http.internal.web;

import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.HttpError;
import dev.fakegmail.http.internal.kernel.Route;
import dev.fakegmail.server.AppPassword;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /account} and its forms. A form's result is shown on the page it answers with (never through a redirect),
 * so a new app password's letters appear exactly once, as on Google's page, and never in a URL or a log.
 */
final class AccountRoutes {
    private final FakeGmailServer gmail;

    AccountRoutes(FakeGmailServer gmail) {
        this.gmail = gmail;
    }

    /** The page and its four forms. */
    List<Route> routes() {
        return List.of(
                new Route("GET", "/account", exchange -> exchange.html(200, AccountPage.render(gmail, ""))),
                new Route("POST", "/account/password", exchange -> form(exchange, AccountRoutes::changePassword)),
                new Route("POST", "/account/app-passwords", exchange -> form(exchange, AccountRoutes::create)),
                new Route("POST", "/account/app-passwords/revoke", exchange -> form(exchange, AccountRoutes::revoke)),
                new Route("POST", "/account/two-step", exchange -> form(exchange, AccountRoutes::twoStep)));
    }

    /** What one form does to the account it names; the sentence (HTML) the page shows after it. */
    @FunctionalInterface
    private interface Form {
        String apply(GmailAccount account, Map<String, String> fields);
    }

    private void form(Exchange exchange, Form form) throws IOException {
        Map<String, String> fields = exchange.form();
        GmailAccount account = account(fields);
        try {
            String notice = form.apply(account, fields);
            exchange.html(200, AccountPage.render(gmail, AccountPage.ok(notice)));
        } catch (Refused refused) {
            exchange.html(400, AccountPage.render(gmail, AccountPage.error(Html.escape(refused.getMessage()))));
        }
    }

    private GmailAccount account(Map<String, String> form) {
        String address = Optional.ofNullable(form.get("account")).orElse("");
        return gmail.findAccount(address).orElseThrow(() -> HttpError.notFound("There is no account '" + address + "' on this fake Gmail; "
                        + "the Google Account page at /account lists those there are."));
    }

    private static String changePassword(GmailAccount account, Map<String, String> form) {
        String password = form.getOrDefault("password", "");
        if (password.isBlank()) {
            throw new Refused("Enter a new password for " + account.address() + ".");
        }
        if (password.equals(account.password())) {
            throw new Refused("The new password of " + account.address() + " is the current one; Google refuses to "
                    + "reuse it. Choose a different password.");
        }
        List<AppPassword> before = account.changePassword(password).appPasswords();
        String revoked = before.isEmpty() ? "It had no app passwords."
                : "Google revoked every app password of the account: " + before.stream()
                .map(app -> "“" + Html.escape(app.name()) + "” (created " + Times.format(app.createdAt()) + ")")
                .collect(Collectors.joining(", ")) + ". A mail client that signs in with one of them now gets "
                + "<code>535 5.7.8 Username and Password not accepted</code>.";
        return "<p id=\"password-changed\">Password changed for " + Html.escape(account.address()) + ".</p>"
                + "<p id=\"revoked\">" + revoked + "</p>";
    }

    private static String create(GmailAccount account, Map<String, String> form) {
        String name = form.getOrDefault("name", "").strip();
        if (name.isEmpty()) {
            throw new Refused("Give the new app password a name, such as the app or device that will use it.");
        }
        if (!account.isTwoStepVerificationOn()) {
            throw new Refused("App passwords exist only while 2-Step Verification is on; turn it on for "
                    + account.address() + " first.");
        }
        AppPassword created = account.createAppPassword(name);
        return "<h2>Generated app password</h2><p>Your app password for “" + Html.escape(name) + "”</p>"
                + "<p><span class=\"app-password\" id=\"new-app-password\">" + created.formatted() + "</span></p>"
                + "<p>Use it in place of your password in the app's SMTP settings (username "
                + Html.escape(account.address()) + "). It is shown only this once.</p>";
    }

    private static String revoke(GmailAccount account, Map<String, String> form) {
        List<AppPassword> active = account.appPasswords();
        int index = parseIndex(form.getOrDefault("index", ""));
        if (index < 0 || index >= active.size() || !active.get(index).name().equals(form.get("name"))) {
            throw new Refused("The app passwords of " + account.address() + " changed since this page was shown; "
                    + "nothing was revoked. Find the app password again below.");
        }
        AppPassword revoked = active.get(index);
        account.revoke(revoked);
        return "<p id=\"revoked\">App password “" + Html.escape(revoked.name()) + "” revoked. A mail client that "
                + "signs in with it now gets <code>535 5.7.8 Username and Password not accepted</code>.</p>";
    }

    private static String twoStep(GmailAccount account, Map<String, String> form) {
        if (Boolean.parseBoolean(form.get("on"))) {
            account.turnOnTwoStepVerification();
            return "<p>2-Step Verification is on for " + Html.escape(account.address()) + ". Create an app password "
                    + "for each mail client.</p>";
        }
        int revoked = account.appPasswords().size();
        account.turnOffTwoStepVerification();
        return "<p>2-Step Verification is off for " + Html.escape(account.address()) + "; " + revoked
                + (revoked == 1 ? " app password was" : " app passwords were") + " revoked with it.</p>";
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A form whose values the account refuses: shown in a red notice with a 400. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}
