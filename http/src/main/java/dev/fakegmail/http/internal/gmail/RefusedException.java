package dev.fakegmail.http.internal.gmail;

import java.util.Objects;

/** Carries a {@link GoogleError} from a Gmail API method to the door's renderer. */
final class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient GoogleError error;

    RefusedException(GoogleError error) {
        super(error.message(), null, false, false);
        this.error = Objects.requireNonNull(error, "error");
    }

    GoogleError error() {
        return error;
    }
}
