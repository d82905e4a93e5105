package dev.fakegmail.server;

/** A TLS handshake that a correct client must refuse, to test how an application handles TLS errors. */
public enum TlsFailure {
    /** The server certificate, signed by the test CA, expired yesterday. */
    EXPIRED_CERTIFICATE,
    /** The server certificate, signed by the test CA, names {@code wrong-host.example} only. */
    WRONG_HOST_NAME,
    /** The server certificate names the right hosts but is signed by a CA the client was never given. */
    UNTRUSTED_CA
}
