package dev.fakegmail.server.internal.imap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiteralBudgetTest {
    private static final long LARGE = 35_651_584L;

    @Test
    void largeLiteralsShareTheBudgetAndGiveItBack() {
        LiteralBudget budget = new LiteralBudget(2 * LARGE);
        assertThat(budget.reserve(LARGE)).isTrue();
        assertThat(budget.reserve(LARGE)).isTrue();
        assertThat(budget.reserve(LARGE)).as("a third does not fit").isFalse();
        budget.release(LARGE);
        assertThat(budget.reserve(LARGE)).isTrue();
    }

    @Test
    void smallLiteralsAreNeverCountedNorRefused() {
        LiteralBudget budget = new LiteralBudget(LARGE);
        assertThat(budget.reserve(LARGE)).isTrue();
        for (int i = 0; i < 1_000; i++) {
            assertThat(budget.reserve(LiteralBudget.SMALL)).isTrue();
        }
        assertThat(budget.reserve(LiteralBudget.SMALL + 1)).isFalse();
    }

    @Test
    void theHeapBudgetHoldsAtMostFourOfTheLargestAndAtLeastOne() {
        LiteralBudget budget = LiteralBudget.ofHeap(LARGE);
        assertThat(budget.reserve(LARGE)).isTrue();
        int held = 1;
        while (held < 10 && budget.reserve(LARGE)) {
            held++;
        }
        assertThat(held).isBetween(1, LiteralBudget.LARGEST_AT_ONCE);
    }
}
