package dev.fakegmail.http.internal.kernel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code Content-Disposition: attachment} with a file name any browser reads, whatever characters it has. */
public final class ContentDisposition {
    private ContentDisposition() {
    }

    /**
     * An ASCII fallback name (anything but letters, digits, {@code . - _} and spaces becomes {@code _}) and the
     * exact name as RFC 6266's {@code filename*} in UTF-8.
     */
    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
