package dev.fakegmail.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * "Every code snippet in the README is taken from a compiled sample": each region of a sample between the comment
 * lines {@code // README: <name>} and {@code // README: end}, de-indented, must appear verbatim in a {@code ```java}
 * block of the README, and every such block must be one of these regions. Maven runs tests in the module's folder,
 * so the README is {@code ../README.md}.
 */
class ReadmeSnippetsTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCES = Path.of("src");
    private static final Pattern START = Pattern.compile("^\\s*// README: (\\S+)\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*// README: end\\s*$");
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?ms)^```java\\n(.*?)^```\\s*$");

    @TestFactory
    Stream<DynamicTest> everyMarkedRegionIsQuotedVerbatimInTheReadme() throws IOException {
        List<String> blocks = javaBlocks(Files.readString(README, StandardCharsets.UTF_8));
        List<Region> regions = regions();
        assertThat(regions).as("regions marked with // README: <name> under " + SOURCES.toAbsolutePath()).isNotEmpty();
        return regions.stream().map(region -> DynamicTest.dynamicTest(region.toString(), () ->
                assertThat(blocks).as("```java blocks of the README; expected one to contain " + region + ":%n%s",
                                region.text())
                        .anySatisfy(block -> assertThat(block).contains(region.text()))));
    }

    @Test
    void everyJavaBlockOfTheReadmeIsAMarkedRegion() throws IOException {
        List<String> regionTexts = regions().stream().map(Region::text).toList();

        assertThat(javaBlocks(Files.readString(README, StandardCharsets.UTF_8)))
                .as("```java blocks of the README that no // README: region of a sample provides")
                .allSatisfy(block -> assertThat(regionTexts).contains(block));
    }

    /**
     * "Every code block compiles as shown": a block either shows its imports, or the prose right around it (between
     * the code blocks before and after it) links the sample file it comes from, where the imports are.
     */
    @Test
    void everyJavaBlockShowsItsImportsOrLinksTheSampleItComesFrom() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8).replace("\r\n", "\n");
        List<Region> regions = regions();
        Matcher block = JAVA_BLOCK.matcher(readme);
        while (block.find()) {
            String text = block.group(1);
            if (text.startsWith("import ")) {
                continue;
            }
            Region region = regions.stream().filter(r -> r.text().equals(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("no // README: region provides the block:%n%s"
                            .formatted(text)));
            String link = "](samples/" + region.file().toString().replace('\\', '/') + ")";
            assertThat(proseAround(readme, block.start(), block.end()))
                    .as("the README's text around the ```java block of %s shows no imports, so it must link %s",
                            region, link)
                    .contains(link);
        }
    }

    @Test
    void theReadmeBeginsWithTheFirstTestAndNamesTheCommandThatRunsTheSamples() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> blocks = javaBlocks(readme);
        Region firstTest = regions().stream().filter(region -> region.name().equals("first-test")).findFirst()
                .orElseThrow(() -> new AssertionError("no region // README: first-test"));

        assertThat(blocks).isNotEmpty();
        assertThat(blocks.get(0)).isEqualTo(firstTest.text());
        assertThat(readme).contains("mvn -B -pl samples -am verify");
    }

    /** The text from the end of the previous fenced block to the start of the next one, this block excluded. */
    private static String proseAround(String markdown, int start, int end) {
        int before = markdown.lastIndexOf("\n```\n", start - 1);
        int after = markdown.indexOf("\n```", end);
        return markdown.substring(Math.max(before, 0), start) + markdown.substring(end,
                after < 0 ? markdown.length() : after);
    }

    private static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = JAVA_BLOCK.matcher(markdown.replace("\r\n", "\n"));
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    private static List<Region> regions() throws IOException {
        List<Region> regions = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                regions.addAll(regionsOf(file));
            }
        }
        return regions;
    }

    private static List<Region> regionsOf(Path file) throws IOException {
        List<Region> regions = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String name = null;
        List<String> body = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (END.matcher(line).matches()) {
                assertThat(name).as("%s:%d: // README: end without a start", file, i + 1).isNotNull();
                regions.add(new Region(name, file, deindented(body)));
                name = null;
                body.clear();
                continue;
            }
            Matcher start = START.matcher(line);
            if (start.matches()) {
                assertThat(name).as("%s:%d: region %s starts inside region %s", file, i + 1, start.group(1), name)
                        .isNull();
                name = start.group(1);
            } else if (name != null) {
                body.add(line);
            }
        }
        assertThat(name).as("%s: region %s has no // README: end", file, name).isNull();
        return regions;
    }

    /** The lines without the indentation they share, each ending in a line feed. */
    private static String deindented(List<String> lines) {
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return text.toString();
    }

    private record Region(String name, Path file, String text) {
        @Override
        public String toString() {
            return "region '" + name + "' of " + file.getFileName();
        }
    }
}
