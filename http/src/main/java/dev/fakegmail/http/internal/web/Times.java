package dev.fakegmail.http.internal.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** How the pages write a time: on the server's clock, in UTC, to the second. */
final class Times {
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String format(Instant time) {
        return SHOWN.format(time);
    }

    static String formatOr(Optional<Instant> time, String absent) {
        return time.map(Times::format).orElse(absent);
    }
}
