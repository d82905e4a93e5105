package dev.fakegmail.server.internal.smtp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.HandshakeCompletedListener;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * A connection without a network, for driving a real {@link SmtpSession} from a fuzz target: the client's bytes
 * come from an array (then end of stream), the server's replies go to a buffer. {@link #tls} gives one that counts
 * as TLS (an {@link SSLSocket}), so every command is reachable without a handshake.
 */
final class InMemorySocket {
    private InMemorySocket() {
    }

    /** A plain-text connection (STARTTLS port before the handshake). */
    static Socket plain(byte[] clientBytes, ByteArrayOutputStream serverBytes) {
        return new Socket() {
            private final InputStream in = new ByteArrayInputStream(clientBytes);

            @Override
            public InputStream getInputStream() {
                return in;
            }

            @Override
            public OutputStream getOutputStream() {
                return serverBytes;
            }

            @Override
            public InetAddress getInetAddress() {
                return InetAddress.getLoopbackAddress();
            }

            @Override
            public void setSoTimeout(int timeout) {
                // nothing blocks
            }
        };
    }

    /** A connection that is already encrypted (implicit TLS, or after STARTTLS). */
    static Socket tls(byte[] clientBytes, ByteArrayOutputStream serverBytes) {
        return new TlsSocket(clientBytes, serverBytes);
    }

    private static final class TlsSocket extends SSLSocket {
        private final InputStream in;
        private final OutputStream out;

        TlsSocket(byte[] clientBytes, ByteArrayOutputStream serverBytes) {
            this.in = new ByteArrayInputStream(clientBytes);
            this.out = serverBytes;
        }

        @Override
        public InputStream getInputStream() {
            return in;
        }

        @Override
        public OutputStream getOutputStream() {
            return out;
        }

        @Override
        public InetAddress getInetAddress() {
            return InetAddress.getLoopbackAddress();
        }

        @Override
        public void setSoTimeout(int timeout) {
            // nothing blocks
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return new String[0];
        }

        @Override
        public String[] getEnabledCipherSuites() {
            return new String[0];
        }

        @Override
        public void setEnabledCipherSuites(String[] suites) {
        }

        @Override
        public String[] getSupportedProtocols() {
            return new String[0];
        }

        @Override
        public String[] getEnabledProtocols() {
            return new String[0];
        }

        @Override
        public void setEnabledProtocols(String[] protocols) {
        }

        @Override
        public SSLSession getSession() {
            throw new UnsupportedOperationException("no TLS session in memory");
        }

        @Override
        public void addHandshakeCompletedListener(HandshakeCompletedListener listener) {
        }

        @Override
        public void removeHandshakeCompletedListener(HandshakeCompletedListener listener) {
        }

        @Override
        public void startHandshake() {
        }

        @Override
        public void setUseClientMode(boolean mode) {
        }

        @Override
        public boolean getUseClientMode() {
            return false;
        }

        @Override
        public void setNeedClientAuth(boolean need) {
        }

        @Override
        public boolean getNeedClientAuth() {
            return false;
        }

        @Override
        public void setWantClientAuth(boolean want) {
        }

        @Override
        public boolean getWantClientAuth() {
            return false;
        }

        @Override
        public void setEnableSessionCreation(boolean flag) {
        }

        @Override
        public boolean getEnableSessionCreation() {
            return false;
        }
    }
}
