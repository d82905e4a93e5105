package dev.fakegmail.http.internal.kernel;

import java.io.IOException;
import java.util.List;

/** How one area of the HTTP side words and renders a refusal: the only thing that differs between areas. */
public interface Errors {
    /** Sends {@code error} in the area's format. */
    void render(Exchange exchange, HttpError error) throws IOException;

    /** The message for a path the area has no route for. */
    String notFound(String path);

    /** The message for a method the path does not answer; {@code allowed} are those it does. */
    String notAllowed(String method, String path, List<String> allowed);
}
