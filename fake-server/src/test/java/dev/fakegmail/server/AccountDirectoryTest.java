package dev.fakegmail.server;

import static dev.fakegmail.server.internal.auth.AuthResult.ACCEPTED;
import static dev.fakegmail.server.internal.auth.AuthResult.APP_PASSWORD_REQUIRED;
import static dev.fakegmail.server.internal.auth.AuthResult.BAD_CREDENTIALS;
import static dev.fakegmail.server.internal.auth.AuthResult.TOO_MANY_ATTEMPTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.internal.auth.AuthResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AccountDirectoryTest {
    private static final String ALICE_APP = "abcdefghijklmnop";
    private static final String BOB_APP = "bbbbccccddddeeee";

    private final MutableClock clock = MutableClock.startingAt("2026-01-01T00:00:00Z");
    private final GmailAccount alice = new GmailAccount(
            AccountSettings.of("Alice@Gmail.com").withPassword("Secret-1").withAppPassword(ALICE_APP), clock, false);
    private final GmailAccount bob = new GmailAccount(
            AccountSettings.of("bob@gmail.com").withAppPassword(BOB_APP), clock, false);
    private final AccountDirectory directory = new AccountDirectory(List.of(alice, bob), clock);

    private void failLogins(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(directory.authenticate("alice@gmail.com", "wrong")).isEqualTo(BAD_CREDENTIALS);
        }
    }

    @Test
    void defaultsAreTenFailuresInTenMinutes() {
        assertThat(AccountDirectory.DEFAULT_MAX_FAILURES).isEqualTo(10);
        assertThat(AccountDirectory.DEFAULT_WINDOW).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void findsAccountsIgnoringCase() {
        assertThat(directory.find("alice@gmail.com")).containsSame(alice);
        assertThat(directory.find("ALICE@GMAIL.COM")).containsSame(alice);
        assertThat(directory.find("carol@gmail.com")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
        assertThat(directory.all()).containsExactly(alice, bob);
    }

    @Test
    void authenticatesIgnoringTheCaseOfTheUsername() {
        assertThat(directory.authenticate("ALICE@gmail.COM", ALICE_APP)).isEqualTo(ACCEPTED);
        assertThat(directory.authenticate("alice@gmail.com", "abcd efgh ijkl mnop")).isEqualTo(ACCEPTED);
        assertThat(directory.authenticate("alice@gmail.com", "Secret-1")).isEqualTo(APP_PASSWORD_REQUIRED);
        assertThat(directory.authenticate("alice@gmail.com", BOB_APP)).isEqualTo(BAD_CREDENTIALS);
    }

    @Test
    void unknownUserIsBadCredentials() {
        assertThat(directory.authenticate("carol@gmail.com", ALICE_APP)).isEqualTo(BAD_CREDENTIALS);
        assertThat(directory.authenticate("", ALICE_APP)).isEqualTo(BAD_CREDENTIALS);
        assertThat(directory.authenticate(null, ALICE_APP)).isEqualTo(BAD_CREDENTIALS);
    }

    @Test
    void theEleventhFailureIsTooManyAttemptsAndSoIsACorrectLogin() {
        failLogins(10);

        assertThat(directory.authenticate("alice@gmail.com", "wrong")).isEqualTo(TOO_MANY_ATTEMPTS);
        assertThat(directory.authenticate("alice@gmail.com", ALICE_APP)).isEqualTo(TOO_MANY_ATTEMPTS);
        assertThat(directory.authenticate("bob@gmail.com", BOB_APP)).isEqualTo(ACCEPTED);
    }

    @Test
    void aCorrectLoginBeforeTheLimitWorks() {
        failLogins(9);

        assertThat(directory.authenticate("alice@gmail.com", ALICE_APP)).isEqualTo(ACCEPTED);
        failLogins(1);
        assertThat(directory.authenticate("alice@gmail.com", ALICE_APP)).isEqualTo(TOO_MANY_ATTEMPTS);
    }

    @Test
    void accountPasswordLoginsCountAsFailures() {
        for (int i = 0; i < 10; i++) {
            assertThat(directory.authenticate("alice@gmail.com", "Secret-1")).isEqualTo(APP_PASSWORD_REQUIRED);
        }

        assertThat(directory.authenticate("alice@gmail.com", ALICE_APP)).isEqualTo(TOO_MANY_ATTEMPTS);
    }

    @Test
    void lockoutEndsWhenTheWindowHasPassed() {
        failLogins(10);
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(directory.authenticate("alice@gmail.com", ALICE_APP)).isEqualTo(TOO_MANY_ATTEMPTS);

        clock.advance(Duration.ofSeconds(1));

        assertThat(directory.authenticate("alice@gmail.com", ALICE_APP)).isEqualTo(ACCEPTED);
    }

    @Test
    void refusedAttemptsDoNotExtendTheLockout() {
        failLogins(10);
        for (int minute = 1; minute < 10; minute++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(directory.authenticate("alice@gmail.com", "wrong")).isEqualTo(TOO_MANY_ATTEMPTS);
        }

        clock.advance(Duration.ofMinutes(1));

        assertThat(directory.authenticate("alice@gmail.com", ALICE_APP)).isEqualTo(ACCEPTED);
    }

    @Test
    void failuresSlideOutOfTheWindowOneByOne() {
        for (int i = 0; i < 10; i++) {
            failLogins(1);
            clock.advance(Duration.ofMinutes(1));
        }
        // now = t0 + 10 min: the first failure (t0) has expired, nine remain
        assertThat(directory.authenticate("alice@gmail.com", "wrong")).isEqualTo(BAD_CREDENTIALS);
        assertThat(directory.authenticate("alice@gmail.com", ALICE_APP)).isEqualTo(TOO_MANY_ATTEMPTS);
    }

    @Test
    void concurrentFailuresAreCountedExactly() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<AuthResult>> attempts = Collections.nCopies(40, () -> {
                start.await();
                return directory.authenticate("alice@gmail.com", "wrong");
            });
            List<Future<AuthResult>> futures = attempts.stream().map(pool::submit).toList();
            start.countDown();
            List<AuthResult> results = new ArrayList<>();
            for (Future<AuthResult> future : futures) {
                results.add(future.get());
            }

            assertThat(results).filteredOn(BAD_CREDENTIALS::equals).hasSize(10);
            assertThat(results).filteredOn(TOO_MANY_ATTEMPTS::equals).hasSize(30);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thresholdAndWindowAreConfigurable() {
        AccountDirectory strict = new AccountDirectory(List.of(alice), clock, 2, Duration.ofSeconds(30));
        strict.authenticate("alice@gmail.com", "wrong");
        strict.authenticate("alice@gmail.com", "wrong");

        assertThat(strict.authenticate("alice@gmail.com", ALICE_APP)).isEqualTo(TOO_MANY_ATTEMPTS);
        clock.advance(Duration.ofSeconds(30));
        assertThat(strict.authenticate("alice@gmail.com", ALICE_APP)).isEqualTo(ACCEPTED);
    }

    @Test
    void resetClearsTheLockoutAndResetsTheAccounts() {
        failLogins(10);
        bob.changePassword("Changed-1");

        directory.reset();

        assertThat(directory.authenticate("alice@gmail.com", ALICE_APP)).isEqualTo(ACCEPTED);
        assertThat(directory.authenticate("bob@gmail.com", BOB_APP)).isEqualTo(ACCEPTED);
    }

    @Test
    void rejectsDuplicateAddressesIgnoringCase() {
        GmailAccount twin = new GmailAccount(AccountSettings.of("ALICE@gmail.com"), clock, false);

        assertThatThrownBy(() -> new AccountDirectory(List.of(alice, twin), clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ALICE@gmail.com")
                .hasMessageContaining("ignoring case");
    }

    @Test
    void rejectsBadLockoutSettings() {
        assertThatThrownBy(() -> new AccountDirectory(List.of(alice), clock, 0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFailures");
        assertThatThrownBy(() -> new AccountDirectory(List.of(alice), clock, 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
    }
}
