package dev.fakegmail.http.internal.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The HTTP side turns Nagle's algorithm off for its server, unless the JVM was told otherwise. */
class NoDelayTest {
    @Test
    void setsNoDelayWhenTheJvmHasNoValue() {
        Properties system = new Properties();

        NoDelay.applyIfAbsent(system);

        assertThat(system.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
    }

    @Test
    void leavesAValueTheUserGaveAlone() {
        Properties system = new Properties();
        system.setProperty("sun.net.httpserver.nodelay", "false");

        NoDelay.applyIfAbsent(system);

        assertThat(system.getProperty("sun.net.httpserver.nodelay")).isEqualTo("false");
    }
}
