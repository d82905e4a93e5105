package dev.fakegmail.http.internal.kernel;

import java.util.List;

/**
 * One part of the HTTP side (the control API, the token endpoint, the pages): the paths it owns, its routes, the one
 * media type its request bodies must have, how large they may be, whether {@code --cors-origin} opens it, and how
 * its errors look. The kernel applies the same guard to every area.
 *
 * @param prefix   the path it owns: exactly this path and everything below it ({@code "/"}: every other path)
 * @param routes   its operations
 * @param bodyType the media type of request bodies, e.g. {@code application/json}; several are separated by
 *                 {@code ", "} (the Gmail API's upload path takes {@code message/rfc822, multipart/related})
 * @param maxBody  the largest request body in bytes
 * @param cors     whether origins given with {@code --cors-origin} may call it from their pages
 * @param errors   how its refusals look
 */
public record Area(String prefix, List<Route> routes, String bodyType, int maxBody, boolean cors, Errors errors) {

    /** Copies the routes. */
    public Area {
        routes = List.copyOf(routes);
    }

    /** Whether request bodies of this media type (lower case, without parameters) are taken. */
    boolean accepts(String mediaType) {
        return List.of(bodyType.split(", ")).contains(mediaType);
    }

    /** Whether {@code path} belongs to this area. */
    boolean owns(String path) {
        return prefix.equals("/") || path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
