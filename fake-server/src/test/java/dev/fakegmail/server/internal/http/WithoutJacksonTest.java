package dev.fakegmail.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Jackson is an optional dependency: a user's class path without it still runs the SMTP server, and asking for HTTP
 * fails with the dependency to add. The server is loaded here by a class loader that has everything but Jackson.
 */
class WithoutJacksonTest {

    @Test
    void smtpWorksAndHttpNamesTheMissingDependency() throws Throwable {
        try (URLClassLoader loader = new URLClassLoader(classPathWithoutJackson(), ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper"))
                    .isInstanceOf(ClassNotFoundException.class);
            Class<?> server = loader.loadClass("dev.fakegmail.server.FakeGmailServer");

            Object smtpOnly = start(builder(server, false));
            assertThat((int) smtpOnly.getClass().getMethod("smtpPort").invoke(smtpOnly)).isPositive();
            smtpOnly.getClass().getMethod("close").invoke(smtpOnly);

            assertThatThrownBy(() -> start(builder(server, true)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("The fake Gmail's HTTP side (builder().http(true)) needs Jackson, which is not on the"
                            + " class path (com.fasterxml.jackson.databind.ObjectMapper not found). Add the test"
                            + " dependency com.fasterxml.jackson.core:jackson-databind (2.20.1 or later), or leave HTTP"
                            + " off.");
        }
    }

    private static Object builder(Class<?> server, boolean http) throws ReflectiveOperationException {
        Object builder = server.getMethod("builder").invoke(null);
        for (String port : List.of("smtpPort", "sslPort")) {
            builder.getClass().getMethod(port, int.class).invoke(builder, 0);
        }
        if (http) {
            builder.getClass().getMethod("httpPort", int.class).invoke(builder, 0);
        }
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static Object start(Object server) throws Throwable {
        try {
            return server.getClass().getMethod("start").invoke(server);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static URL[] classPathWithoutJackson() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("jackson")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }
}
