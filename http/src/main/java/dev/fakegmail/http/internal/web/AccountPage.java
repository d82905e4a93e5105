package dev.fakegmail.http.internal.web;

import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import java.util.List;

/**
 * The Google Account page: a notice about what the last form did (when there is one), then one card per account,
 * then the activity. Each part is its own renderer, so a new part is one more line in {@link #render}.
 */
final class AccountPage {
    private AccountPage() {
    }

    /**
     * The whole page.
     *
     * @param notice HTML of the result of a form (already escaped), or empty
     */
    static String render(FakeGmailServer gmail, String notice) {
        List<GmailAccount> accounts = gmail.accounts();
        StringBuilder main = new StringBuilder("<h1>Google Account</h1>").append(notice);
        for (GmailAccount account : accounts) {
            main.append(AccountCard.render(account));
        }
        main.append(ActivitySection.render(gmail));
        return Layout.page("Google Account", Layout.Tab.ACCOUNT, Where.of(gmail), main.toString());
    }

    /** A green notice. */
    static String ok(String html) {
        return "<div class=\"notice ok\" id=\"notice\" role=\"status\">" + html + "</div>";
    }

    /** A red notice. */
    static String error(String html) {
        return "<div class=\"notice error\" id=\"notice\" role=\"alert\">" + html + "</div>";
    }
}
