package dev.fakegmail.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which accepted messages to list and which page of them: filters over each message's {@link MessageSummary}
 * (never the message itself), the order, the page size and where the page starts. Immutable; made with
 * {@link #builder()}; {@link #all()} is the first page, newest first, of every message.
 *
 * <p>Text filters are case-insensitive substrings; all filters must match (AND). Each text filter also names a
 * substring every match contains in one of its summary's text fields, which lets the server
 * look candidates up in its index before it checks each one with the filter itself.
 */
public final class MessageQuery {
    /** The page size when none is given. */
    public static final int DEFAULT_PAGE_SIZE = 50;
    /** The largest page size. */
    public static final int MAX_PAGE_SIZE = 1000;

    private final List<Filter> filters;
    private final boolean newestFirst;
    private final int pageSize;
    private final Optional<String> pageToken;

    private MessageQuery(Builder builder) {
        this.filters = List.copyOf(builder.filters);
        this.newestFirst = builder.newestFirst;
        this.pageSize = builder.pageSize;
        this.pageToken = builder.pageToken;
    }

    /** The first page, newest first, of every message, {@link #DEFAULT_PAGE_SIZE} long. */
    public static MessageQuery all() {
        return builder().build();
    }

    /** A builder: no filter, newest first, {@link #DEFAULT_PAGE_SIZE}, the first page. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the summary passes every filter. */
    public boolean matches(MessageSummary summary) {
        for (Filter filter : filters) {
            if (!filter.test().test(summary)) {
                return false;
            }
        }
        return true;
    }

    /** Whether any filter is set (without one, every message matches). */
    public boolean filtered() {
        return !filters.isEmpty();
    }

    /**
     * Substrings that every matching summary contains, ignoring case, in one of its text fields (From, To, subject,
     * envelope sender, recipients and account, {@code Message-ID}, attachment names): one per text filter, none for
     * the others (dates, size, attachments). Not part of the API: the server's index reads it.
     */
    List<String> needs() {
        return filters.stream().flatMap(filter -> filter.need().stream()).toList();
    }

    /** Newest first (true) or oldest first. */
    public boolean newestFirst() {
        return newestFirst;
    }

    /** How many messages a page holds at most. */
    public int pageSize() {
        return pageSize;
    }

    /** Where the page starts: a {@link MessagePage#nextPageToken()}; empty for the first page. */
    public Optional<String> pageToken() {
        return pageToken;
    }

    /** Whether {@code text} contains {@code part}, ignoring case, without copying either. */
    static boolean containsIgnoreCase(String text, String part) {
        int last = text.length() - part.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /** Collects the filters, the order and the page. */
    public static final class Builder {
        private final List<Filter> filters = new ArrayList<>();
        private boolean newestFirst = true;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private Optional<String> pageToken = Optional.empty();

        private Builder() {
        }

        /** The envelope's {@code MAIL FROM} or the {@code From:} header contains this text. */
        public Builder from(String text) {
            String part = text(text, "from");
            return where(part, s -> containsIgnoreCase(s.envelope().mailFrom(), part)
                    || containsIgnoreCase(s.from(), part));
        }

        /** An envelope recipient contains this text. */
        public Builder to(String text) {
            String part = text(text, "to");
            return where(part, s -> s.envelope().recipients().stream().anyMatch(r -> containsIgnoreCase(r, part)));
        }

        /** The decoded subject contains this text. */
        public Builder subject(String text) {
            String part = text(text, "subject");
            return where(part, s -> containsIgnoreCase(s.subject(), part));
        }

        /**
         * Every whitespace-separated word appears in the From or To header, the envelope's sender, recipients or
         * account, or the subject (the web inbox's search); blank text sets no filter.
         */
        public Builder words(String text) {
            for (String word : text(text, "words").trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    where(word, s -> containsIgnoreCase(s.from(), word) || containsIgnoreCase(s.subject(), word)
                            || containsIgnoreCase(s.envelope().account(), word)
                            || containsIgnoreCase(s.envelope().mailFrom(), word)
                            || s.to().stream().anyMatch(a -> containsIgnoreCase(a, word))
                            || s.envelope().recipients().stream().anyMatch(r -> containsIgnoreCase(r, word)));
                }
            }
            return this;
        }

        /** The {@code Message-ID:} header is this one, with or without its angle brackets. */
        public Builder messageId(String id) {
            String bare = strip(text(id, "messageId").trim());
            return where(bare, s -> s.messageId().map(MessageQuery::strip).filter(bare::equals).isPresent());
        }

        /** Sent by this account (the signed-in account, ignoring case): what its {@code SENT} label holds. */
        public Builder sentBy(String account) {
            String address = text(account, "sentBy");
            return where(address, s -> s.envelope().account().equalsIgnoreCase(address));
        }

        /** This address (ignoring case) is an envelope recipient: what its {@code INBOX} holds. */
        public Builder deliveredTo(String address) {
            String exact = text(address, "deliveredTo");
            return where(exact, s -> s.envelope().recipients().stream().anyMatch(exact::equalsIgnoreCase));
        }

        /** Accepted strictly after this instant. */
        public Builder after(Instant instant) {
            Objects.requireNonNull(instant, "after");
            return where(s -> s.acceptedAt().isAfter(instant));
        }

        /** Accepted strictly before this instant. */
        public Builder before(Instant instant) {
            Objects.requireNonNull(instant, "before");
            return where(s -> s.acceptedAt().isBefore(instant));
        }

        /** Has at least one attachment ({@code true}) or none ({@code false}). */
        public Builder hasAttachment(boolean has) {
            return where(s -> s.hasAttachments() == has);
        }

        /** An attachment's file name contains this text. */
        public Builder attachmentName(String text) {
            String part = text(text, "attachmentName");
            return where(part, s -> s.attachmentNames().stream().anyMatch(n -> containsIgnoreCase(n, part)));
        }

        /** Larger than this many bytes as delivered. */
        public Builder largerThan(int bytes) {
            return where(s -> s.size() > bytes);
        }

        /** Smaller than this many bytes as delivered. */
        public Builder smallerThan(int bytes) {
            return where(s -> s.size() < bytes);
        }

        /** Newest first (the default) or oldest first. */
        public Builder newestFirst(boolean newest) {
            this.newestFirst = newest;
            return this;
        }

        /**
         * How many messages a page holds at most, from 1 to {@link MessageQuery#MAX_PAGE_SIZE}.
         *
         * @throws IllegalArgumentException outside that range
         */
        public Builder pageSize(int size) {
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("pageSize must be from 1 to " + MAX_PAGE_SIZE + ", was " + size
                        + "; ask for more pages with nextPageToken instead");
            }
            this.pageSize = size;
            return this;
        }

        /**
         * Starts the page where a previous page's {@link MessagePage#nextPageToken()} points.
         *
         * @throws IllegalArgumentException when the token is not one the server hands out
         */
        public Builder pageToken(String token) {
            if (!Objects.requireNonNull(token, "pageToken").matches("[1-9][0-9]{0,17}")) {
                throw new IllegalArgumentException("pageToken must be a nextPageToken from a previous page, was '"
                        + (token.length() > 40 ? token.substring(0, 40) + "…" : token)
                        + "'; leave it out for the first page");
            }
            this.pageToken = Optional.of(token);
            return this;
        }

        /** The query. */
        public MessageQuery build() {
            return new MessageQuery(this);
        }

        private Builder where(Predicate<MessageSummary> filter) {
            filters.add(new Filter(filter, Optional.empty()));
            return this;
        }

        private Builder where(String need, Predicate<MessageSummary> filter) {
            filters.add(new Filter(filter, Optional.of(need)));
            return this;
        }

        private static String text(String value, String name) {
            return Objects.requireNonNull(value, name);
        }
    }

    /** One filter and the substring every summary it passes contains in a text field, when it has one. */
    private record Filter(Predicate<MessageSummary> test, Optional<String> need) {
    }

    private static String strip(String id) {
        return id.startsWith("<") && id.endsWith(">") && id.length() >= 2 ? id.substring(1, id.length() - 1) : id;
    }
}
