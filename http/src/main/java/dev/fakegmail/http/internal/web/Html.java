package dev.fakegmail.http.internal.web;

/**
 * Escaping for text put into the pages. Everything a message or an account holds goes through {@link #escape}
 * before it reaches HTML: subject, addresses, headers, text, file names, even the raw source.
 */
final class Html {
    private Html() {
    }

    /**
     * The text with {@code & < > " '} replaced by character references, safe both between tags and inside a
     * double- or single-quoted attribute value. Other characters (including non-ASCII) are kept; the pages are
     * UTF-8. A NUL becomes U+FFFD, as an HTML parser would read it.
     */
    static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\0' -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
