package dev.fakegmail.server.internal.mime;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link MimeSupport#unfold} gives what Jakarta Mail's {@code MimeUtility.unfold} gives, in one pass. */
class MimeSupportUnfoldTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "a\r\n b", "a\r\n\t\t  b\r\n c", "a\n b", "a\r b", "\r\n leading",
            "a\r\nb", "a\\\r\n b", "a\r\n \r\n b", "trailing\r\n", "trailing\r\n ", "x\r\n y\nz\r\n\tw", "a\\\\\r\n b",
            "a\r\r\n b", "a\n\r b", "a\r\n\r\n b"})
    void unfoldsLikeJakartaMail(String value) {
        assertThat(MimeSupport.unfold(value)).isEqualTo(MimeUtility.unfold(value));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 1_000})
    void aValueFoldedManyTimesUnfoldsLikeJakartaMail(int folds) {
        String value = "start" + "\r\n x".repeat(folds);
        assertThat(MimeSupport.unfold(value)).isEqualTo(MimeUtility.unfold(value)).isEqualTo("start" + " x".repeat(folds));
    }
}
