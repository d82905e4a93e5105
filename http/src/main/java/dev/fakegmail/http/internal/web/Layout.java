package dev.fakegmail.http.internal.web;

/** The frame every page shares: head, the bar with Inbox and Google Account, and the page's own main part. */
final class Layout {
    /** Which tab of the top bar is lit. */
    enum Tab { INBOX, ACCOUNT }

    private Layout() {
    }

    /**
     * A whole page.
     *
     * @param title already plain text (escaped here)
     * @param main  HTML made by the page's renderer, everything in it already escaped
     */
    static String page(String title, Tab tab, String where, String main) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + " — fake Gmail</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/inbox.css\">"
                + "<script src=\"/assets/inbox.js\" defer></script></head>\n<body>"
                + "<header class=\"top\"><a class=\"brand\" href=\"/\">fake <span>Gmail</span></a><nav>"
                + link("/", "Inbox", tab == Tab.INBOX) + link("/account", "Google Account", tab == Tab.ACCOUNT)
                + "</nav><span class=\"where\">" + Html.escape(where) + "</span></header>\n<main>"
                + main + "</main></body></html>\n";
    }

    private static String link(String href, String text, boolean current) {
        return "<a href=\"" + href + "\"" + (current ? " class=\"current\" aria-current=\"page\"" : "") + ">"
                + text + "</a>";
    }
}
