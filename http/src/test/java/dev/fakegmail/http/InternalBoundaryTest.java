package dev.fakegmail.http;

import dev.fakegmail.server.InternalBoundary;
import org.junit.jupiter.api.Test;

/** The HTTP side is a client of the core's public API: nothing here uses {@code dev.fakegmail.server.internal}. */
class InternalBoundaryTest {
    @Test
    void usesOnlyTheServersApi() {
        InternalBoundary.assertUnusedBy(InternalBoundaryTest.class);
    }
}
