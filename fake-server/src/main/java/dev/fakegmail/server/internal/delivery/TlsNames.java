package dev.fakegmail.server.internal.delivery;

/** How Gmail's {@code Received:} header names the negotiated TLS: {@code version=TLS1_3 … bits=256/256}. */
final class TlsNames {
    private TlsNames() {
    }

    /** {@code TLSv1.3} → {@code TLS1_3}. */
    static String version(String protocol) {
        return protocol.replace("TLSv", "TLS").replace('.', '_');
    }

    /** The cipher's key size as Gmail prints it. */
    static String bits(String cipher) {
        if (cipher.contains("AES_128")) {
            return "128/128";
        }
        return "256/256";
    }
}
