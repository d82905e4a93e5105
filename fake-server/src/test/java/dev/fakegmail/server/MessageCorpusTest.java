package dev.fakegmail.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The model takes every message of the corpus apart as {@link MessageCorpus} says (the rule of docs/messages.md). */
class MessageCorpusTest {

    static List<MessageCorpus.Entry> corpus() {
        return MessageCorpus.entries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void bodies(MessageCorpus.Entry entry) {
        ReceivedMessage message = entry.received();

        assertThat(message.text()).isEqualTo(entry.text().orElse(""));
        assertThat(message.html()).isEqualTo(entry.html());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void attachments(MessageCorpus.Entry entry) {
        assertParts(entry.received().attachments(), entry.attachments());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void inlineParts(MessageCorpus.Entry entry) {
        assertParts(entry.received().inlineParts(), entry.inlineParts());
    }

    @Test
    void everyFileOfTheCorpusIsDescribed() throws Exception {
        Path folder = Path.of(MessageCorpus.class.getResource("corpus").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(corpus().stream().map(MessageCorpus.Entry::file).toList());
        }
    }

    private static void assertParts(List<MessagePart> found, List<MessageCorpus.ExpectedPart> expected) {
        assertThat(found).hasSameSizeAs(expected);
        IntStream.range(0, found.size()).forEach(i -> assertThat(expected.get(i).matches(found.get(i)))
                .as("part %d: %s should be %s", i + 1, found.get(i), expected.get(i)).isTrue());
    }
}
