package dev.fakegmail.server.protocol;

import dev.fakegmail.server.CertificateAuthority;
import java.nio.ByteBuffer;
import java.util.Arrays;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;

/** The first flight of a real TLS client (the JDK's, trusting the server's CA): a ClientHello record, as bytes. */
public final class ClientHello {
    private ClientHello() {
    }

    /** A fresh ClientHello for host {@code localhost}. */
    public static byte[] bytes(CertificateAuthority authority) throws SSLException {
        SSLEngine engine = authority.sslContext().createSSLEngine("localhost", 465);
        engine.setUseClientMode(true);
        engine.beginHandshake();
        ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), out);
        out.flip();
        byte[] hello = Arrays.copyOf(out.array(), out.limit());
        if (hello.length < 5 || hello[0] != 0x16) {
            throw new IllegalStateException("the JDK's first TLS flight is not a handshake record: " + hello.length);
        }
        return hello;
    }
}
