package dev.fakegmail.benchmarks;

import dev.fakegmail.server.InternalBoundary;
import org.junit.jupiter.api.Test;

/** Only fake-server may use {@code dev.fakegmail.server.internal}; this module, main and test code, uses the API. */
class InternalBoundaryTest {

    @Test
    void nothingHereUsesTheServersInternalPackages() {
        InternalBoundary.assertUnusedBy(InternalBoundaryTest.class);
    }
}
