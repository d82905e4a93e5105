package dev.fakegmail.http.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesEveryCharacterThatCanEndTextOrAnAttribute() {
        assertThat(Html.escape("<script>alert(\"x\")</script> & 'y'"))
                .isEqualTo("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
    }

    @Test
    void keepsOtherTextAsItIs() {
        assertThat(Html.escape("Zoë <zoe@gmail.com>, 10% off — ✓"))
                .isEqualTo("Zoë &lt;zoe@gmail.com&gt;, 10% off — ✓");
        assertThat(Html.escape("")).isEmpty();
    }

    @Test
    void entitiesInTheInputAreEscapedAgainNotPassedThrough() {
        assertThat(Html.escape("&lt;b&gt;")).isEqualTo("&amp;lt;b&amp;gt;");
    }

    @Test
    void nulBecomesTheReplacementCharacter() {
        assertThat(Html.escape("a\0b")).isEqualTo("a\uFFFDb");
    }
}
