package dev.fakegmail.http.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonObjectWriterTest {

    @Test
    void writesMembersInOrderWithTheirTypes() {
        String json = new JsonObjectWriter().string("name", "fake").number("port", 587).bool("useSsl", true).toJson();

        assertThat(json).isEqualTo("{\n  \"name\": \"fake\",\n  \"port\": 587,\n  \"useSsl\": true\n}\n");
        assertThat(FlatJson.parse(json)).containsExactly(entry("name", "fake"), entry("port", 587L),
                entry("useSsl", true));
    }

    @Test
    void anEmptyObjectIsValid() {
        assertThat(FlatJson.parse(new JsonObjectWriter().toJson())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "quote \" inside", "back\\slash", "C:\\Users\\me\\ca.pem", "line\nbreak",
            "cr\rlf", "tab\tstop", "nul\u0000byte", "bell\u0007", "del\u007f", "sep\u2028ara\u2029tors",
            "ünïcødé ✓ 😀", "</script>", ""})
    void everyStringRoundTrips(String value) {
        String json = new JsonObjectWriter().string("value", value).toJson();

        assertThat(FlatJson.parse(json)).containsExactly(entry("value", value));
        assertThat(json.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
    }

    @Test
    void escapesNamesToo() {
        String json = new JsonObjectWriter().string("odd \"name\"", "v").toJson();

        assertThat(FlatJson.parse(json)).containsExactly(entry("odd \"name\"", "v"));
    }

    @Test
    void aNameTwiceIsRefused() {
        JsonObjectWriter writer = new JsonObjectWriter().number("port", 1);

        assertThatThrownBy(() -> writer.number("port", 2)).hasMessageContaining("'port' was added twice");
    }

    @Test
    void theProfileHasEveryFieldAClientNeeds() {
        StandaloneProfile profile = new StandaloneProfile("localhost", "alice@gmail.com", "abcdefghijklmnop", 2525,
                4650, 9930, Path.of("/tmp/dir with \"quotes\"/ca.pem"), 8025);

        Map<String, Object> json = FlatJson.parse(profile.toJson());

        assertThat(json).containsExactly(
                entry("hostName", "localhost"),
                entry("port", 2525L),
                entry("sslPort", 4650L),
                entry("imapPort", 9930L),
                entry("username", "alice@gmail.com"),
                entry("password", "abcdefghijklmnop"),
                entry("type", "STARTTLS"),
                entry("useSsl", true),
                entry("caFile", "/tmp/dir with \"quotes\"/ca.pem"),
                entry("httpPort", 8025L),
                entry("gmailApiRootUrl", "http://localhost:8025/"),
                entry("tokenUri", "http://localhost:8025/token"));
    }

    @Test
    void theProfileNeverShowsItsPasswordInToString() {
        StandaloneProfile profile = new StandaloneProfile("localhost", "alice@gmail.com", "abcdefghijklmnop", 2525,
                4650, 9930, Path.of("ca.pem"), 8025);

        assertThat(profile.toString()).doesNotContain("abcdefghijklmnop").contains("alice@gmail.com", "2525");
        assertThat(profile.formattedAppPassword()).isEqualTo("abcd efgh ijkl mnop");
    }
}
