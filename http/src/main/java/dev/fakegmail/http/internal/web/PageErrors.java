package dev.fakegmail.http.internal.web;

import dev.fakegmail.http.internal.kernel.Errors;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.HttpError;
import java.io.IOException;
import java.util.List;

/** The pages' refusals: an HTML error page with the sentence and a link back to the inbox. */
final class PageErrors implements Errors {
    @Override
    public void render(Exchange exchange, HttpError error) throws IOException {
        int status = error.status();
        String message = status == 500 ? "The fake Gmail failed to show this page: " + error.getMessage()
                : error.getMessage();
        exchange.html(status, Layout.page("Error " + status, Layout.Tab.INBOX, "",
                "<div class=\"notice error\" id=\"error\"><h2>Error " + status + "</h2><p>" + Html.escape(message)
                        + "</p><p><a href=\"/\">Back to the inbox</a></p></div>"));
    }

    @Override
    public String notFound(String path) {
        if (path.startsWith("/messages/")) {
            return "There is no page " + path + ". Messages are at /messages/<id>, e.g. /messages/1.";
        }
        if (path.startsWith("/account")) {
            return "There is no page " + path + ". The Google Account page is at /account.";
        }
        if (path.startsWith("/assets/")) {
            return "There is no asset " + path + "; the pages use /assets/inbox.css and /assets/inbox.js.";
        }
        return "There is no page " + path + ". The inbox is at /, the Google Account page at /account.";
    }

    @Override
    public String notAllowed(String method, String path, List<String> allowed) {
        return path + " answers " + String.join(" or ", allowed) + ", not " + method + ".";
    }
}
