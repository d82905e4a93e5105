package dev.fakegmail.server.internal.archfixture.down;

import dev.fakegmail.server.internal.archfixture.up.Up;

/** Test fixture for {@code PackageGraphTest}: imports {@link Up}, which imports this, a circle of two rooms. */
public final class Down {
    private Down() {
    }

    /** Names {@link Up} back. */
    public static int depth() {
        return Up.class.getSimpleName().length();
    }
}
