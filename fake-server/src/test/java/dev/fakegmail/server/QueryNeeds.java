package dev.fakegmail.server;

import java.util.List;

/** Test fixture: the substrings a query's text filters need, which the server hands its journal's index. */
public final class QueryNeeds {
    private QueryNeeds() {
    }

    /** What {@code MessageQuery.needs()} answers. */
    public static List<String> of(MessageQuery query) {
        return query.needs();
    }
}
