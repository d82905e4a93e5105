package dev.fakegmail.assertions;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakegmail.server.MessageCorpus;
import dev.fakegmail.server.ReceivedMessage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The assertions and the model agree on every message of the server's corpus: what {@link MessageCorpus} says a
 * message is made of passes, and a body that is not there fails.
 */
class MessageCorpusAssertTest {

    static List<MessageCorpus.Entry> corpus() {
        return MessageCorpus.entries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theAssertionsSeeWhatTheCorpusSays(MessageCorpus.Entry entry) {
        ReceivedMessage message = entry.received();

        assertThat(message)
                .hasText(entry.text().orElse(""))
                .hasAttachments(names(entry.attachments()))
                .hasInlineParts(names(entry.inlineParts()));
        entry.html().ifPresentOrElse(html -> assertThat(message).hasHtmlContaining(html),
                () -> assertThatThrownBy(() -> assertThat(message).hasHtmlContaining())
                        .hasMessageEndingWith("but it has no HTML body"));
        entry.attachments().stream().filter(distinctNames()).forEach(part ->
                assertThat(message).attachment(part.fileName()).hasContentType(part.contentType()));
    }

    /** attachment(name) answers the first of several parts with one name (two invite.ics in calendar.eml). */
    private static Predicate<MessageCorpus.ExpectedPart> distinctNames() {
        Set<String> seen = new HashSet<>();
        return part -> seen.add(part.fileName());
    }

    private static String[] names(List<MessageCorpus.ExpectedPart> parts) {
        return parts.stream().map(MessageCorpus.ExpectedPart::fileName).toArray(String[]::new);
    }
}
