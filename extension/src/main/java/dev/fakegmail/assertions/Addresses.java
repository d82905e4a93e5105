package dev.fakegmail.assertions;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Mail address comparison for the assertions: ignoring case, as Gmail compares addresses. */
final class Addresses {
    private Addresses() {
    }

    static boolean contains(Collection<String> addresses, String address) {
        return addresses.stream().anyMatch(candidate -> candidate.equalsIgnoreCase(address));
    }

    /** Whether both hold the same addresses, ignoring case, order and repetitions. */
    static boolean sameSet(Collection<String> actual, List<String> expected) {
        return normalized(actual).equals(normalized(expected));
    }

    static Set<String> normalized(Collection<String> addresses) {
        return addresses.stream().map(address -> address.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
