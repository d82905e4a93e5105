package dev.fakegmail.http.internal.web;

import dev.fakegmail.server.AccountKind;
import dev.fakegmail.server.AppPassword;
import dev.fakegmail.server.GmailAccount;
import java.util.List;

/**
 * One account on the Google Account page: kind and limit, 2-Step Verification (with the form that turns it on or
 * off), "Change password", and the app passwords (created, last used, revoke, create). Never shows a password or
 * the letters of an existing app password.
 */
final class AccountCard {
    private AccountCard() {
    }

    static String render(GmailAccount account) {
        String address = Html.escape(account.address());
        boolean twoStep = account.isTwoStepVerificationOn();
        return "<section class=\"card account\" data-account=\"" + address + "\"><h2>" + address + "</h2>"
                + "<p class=\"muted\">" + (account.settings().kind() == AccountKind.WORKSPACE
                ? "Google Workspace account" : "Personal Google Account")
                + " · sending limit " + account.dailySendingLimit()
                + " messages a day, " + account.sentInLast24Hours() + " sent in the last 24 hours</p>"
                + "<h3>How you sign in to Google</h3><div class=\"setting\"><span class=\"label\">2-Step Verification"
                + "</span><span class=\"two-step " + (twoStep ? "state-on\">On" : "state-off\">Off") + "</span>"
                + form("/account/two-step", address, "", twoStep ? "Turn off" : "Turn on",
                        twoStep ? "danger" : "primary",
                        "<input type=\"hidden\" name=\"on\" value=\"" + !twoStep + "\">")
                + "</div><div class=\"setting\"><span class=\"label\">Password</span>"
                + form("/account/password", address, "change-password", "Change password", "primary",
                        "<input type=\"password\" name=\"password\" autocomplete=\"new-password\" required "
                                + "placeholder=\"New password\" aria-label=\"New password\">")
                + "<span class=\"muted\">Google signs every app out: all app passwords of the account are revoked"
                + (twoStep ? "." : " (with 2-Step Verification off there are none).") + "</span></div>"
                + appPasswords(account, address, twoStep) + "</section>";
    }

    private static String appPasswords(GmailAccount account, String address, boolean twoStep) {
        StringBuilder html = new StringBuilder("<h3>App passwords</h3>");
        if (!twoStep) {
            return html.append("<p class=\"muted\">App passwords exist only while 2-Step Verification is on.</p>")
                    .toString();
        }
        List<AppPassword> appPasswords = account.appPasswords();
        if (appPasswords.isEmpty()) {
            html.append("<p class=\"muted no-app-passwords\">You don't have any app passwords.</p>");
        } else {
            html.append("<table class=\"app-passwords\"><thead><tr><th>App name</th><th>Created</th><th>Last used</th>"
                    + "<th></th></tr></thead><tbody>");
            for (int i = 0; i < appPasswords.size(); i++) {
                AppPassword appPassword = appPasswords.get(i);
                html.append("<tr><td class=\"name\">").append(Html.escape(appPassword.name())).append("</td><td>")
                        .append(Times.format(appPassword.createdAt())).append("</td><td class=\"last-used\">")
                        .append(Times.formatOr(appPassword.lastUsed(), "never")).append("</td><td>")
                        .append(form("/account/app-passwords/revoke", address, "revoke", "Revoke", "danger",
                                "<input type=\"hidden\" name=\"index\" value=\"" + i + "\"><input type=\"hidden\" "
                                        + "name=\"name\" value=\"" + Html.escape(appPassword.name()) + "\">"))
                        .append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        return html.append("<div class=\"forms create\">")
                .append(form("/account/app-passwords", address, "create-app-password", "Create", "primary",
                        "<input type=\"text\" name=\"name\" required maxlength=\"100\" placeholder=\"App name\" "
                                + "aria-label=\"App name\">"))
                .append("</div>").toString();
    }

    private static String form(String action, String address, String cssClass, String button, String buttonClass,
                               String fields) {
        return "<form method=\"post\" action=\"" + action + "\""
                + (cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"")
                + "><input type=\"hidden\" name=\"account\" value=\"" + address + "\">" + fields
                + "<button type=\"submit\" class=\"" + buttonClass + "\">" + button + "</button></form>";
    }
}
