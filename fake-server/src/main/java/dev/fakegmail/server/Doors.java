package dev.fakegmail.server;

import dev.fakegmail.server.internal.imap.GimapServer;
import dev.fakegmail.server.internal.imap.ImapBackend;
import dev.fakegmail.server.internal.smtp.FaultHook;
import dev.fakegmail.server.internal.smtp.SmtpBackend;
import dev.fakegmail.server.internal.smtp.SmtpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The listeners of one {@link FakeGmailServer}: the SMTP engine (587 and 465), the IMAP door and, when asked for, the
 * HTTP side ({@link HttpSide}, found on the class path). Starts them in that order, stops them all when one fails to
 * start, and answers the bound ports only while they run.
 */
final class Doors {
    private enum Phase { NEW, STARTED, STOPPED }

    private final ServerSettings settings;
    private final SmtpServer engine;
    private final GimapServer imap;
    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.NEW);
    private volatile HttpSide.Door http;

    Doors(ServerSettings settings, SmtpBackend smtp, FaultHook faults, ImapBackend imap) {
        this.settings = settings;
        this.engine = new SmtpServer(settings.engine(), smtp, settings.tls(), faults);
        this.imap = new GimapServer(settings.engine(), imap, settings.tls());
    }

    /** Binds every door for {@code server}; on any failure closes what was opened and rethrows. */
    void start(FakeGmailServer server) {
        if (!phase.compareAndSet(Phase.NEW, Phase.STARTED)) {
            throw new IllegalStateException("This FakeGmailServer was already " + phaseName()
                    + "; build a new one with FakeGmailServer.builder().build()");
        }
        try {
            engine.start(settings.smtpPort(), settings.sslPort(), settings.strictPorts());
            imap.start(settings.imapPort(), settings.strictImapPort());
            if (settings.http()) {
                http = HttpSides.find().open(server, settings.httpSide());
            }
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** Closes every door once; later calls do nothing. */
    void stop() {
        if (phase.getAndSet(Phase.STOPPED) != Phase.STOPPED) {
            HttpSide.Door door = http;
            if (door != null) {
                door.close();
            }
            engine.close();
            imap.close();
        }
    }

    int smtpPort() {
        requireStarted();
        return engine.submissionPort();
    }

    int sslPort() {
        requireStarted();
        return engine.implicitTlsPort();
    }

    int imapPort() {
        requireStarted();
        return imap.port();
    }

    int httpPort() {
        requireStarted();
        HttpSide.Door door = http;
        if (door == null) {
            throw new IllegalStateException("This fake Gmail serves no HTTP: build it with"
                    + " FakeGmailServer.builder().http(true) (or .httpPort(8025)) to get the control API and /token");
        }
        return door.port();
    }

    private void requireStarted() {
        if (phase.get() != Phase.STARTED) {
            throw new IllegalStateException("The fake Gmail is " + phaseName()
                    + ": ports exist only while it runs. Call start() first.");
        }
    }

    private String phaseName() {
        return phase.get().name().toLowerCase(Locale.ROOT);
    }

    /** {@code NEW}, {@code STARTED} or {@code STOPPED}, for {@link FakeGmailServer#toString()}. */
    String phase() {
        return phase.get().name();
    }
}
