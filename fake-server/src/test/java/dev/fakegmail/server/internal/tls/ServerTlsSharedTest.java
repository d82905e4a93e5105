package dev.fakegmail.server.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Security;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ServerTlsSharedTest {

    @Test
    void repeatedCallsReturnTheSameInstance() {
        ServerTls first = ServerTls.shared();

        assertThat(ServerTls.shared()).isSameAs(first);
        assertThat(ServerTls.shared().serverContext()).isSameAs(first.serverContext());
        assertThat(ServerTls.shared().authority()).isSameAs(first.authority());
    }

    @Test
    void concurrentCallsReturnTheSameInstance() throws Exception {
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ServerTls>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<ServerTls> call = () -> {
                    start.await();
                    return ServerTls.shared();
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            ServerTls expected = ServerTls.shared();
            for (Future<ServerTls> result : results) {
                assertThat(result.get()).isSameAs(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBouncyCastleProviderIsNotRegistered() {
        ServerTls.shared();

        assertThat(Security.getProvider("BC")).isNull();
    }

    @Test
    void toStringNamesTheCertificatesOnly() {
        assertThat(ServerTls.shared().toString())
                .contains("CN=smtp.gmail.com", "CN=fake-gmail test CA")
                .doesNotContainIgnoringCase("private");
    }
}
