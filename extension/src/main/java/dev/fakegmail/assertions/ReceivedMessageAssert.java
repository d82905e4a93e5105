package dev.fakegmail.assertions;

import dev.fakegmail.server.MessagePart;
import dev.fakegmail.server.ReceivedMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ReceivedMessage}: headers, bodies, attachments, the SMTP envelope, TLS and AUTH. Addresses
 * are compared ignoring case; address lists ignoring order. Obtain it from {@link FakeGmailAssertions}.
 */
public class ReceivedMessageAssert extends AbstractAssert<ReceivedMessageAssert, ReceivedMessage> {

    /** Creates the assertion; prefer {@link FakeGmailAssertions#assertThat(ReceivedMessage)}. */
    public ReceivedMessageAssert(ReceivedMessage actual) {
        super(actual, ReceivedMessageAssert.class);
    }

    /** Verifies the decoded {@code Subject:}. */
    public ReceivedMessageAssert hasSubject(String expected) {
        isNotNull();
        return expect("the subject", actual.subject(), expected, actual.subject().equals(expected));
    }

    /** Verifies that {@code address} is an address of the {@code From:} header. */
    public ReceivedMessageAssert isFrom(String address) {
        isNotNull();
        List<String> from = Headers.addresses(actual, "From");
        return expect("the From addresses", from, "to include", address, Addresses.contains(from, address));
    }

    /** Verifies the addresses of the {@code To:} header. */
    public ReceivedMessageAssert hasTo(String... addresses) {
        isNotNull();
        return expectAddresses("the To addresses", actual.to(), addresses);
    }

    /** Verifies the addresses of the {@code Cc:} header (none: no {@code Cc:} header). */
    public ReceivedMessageAssert hasCc(String... addresses) {
        isNotNull();
        return expectAddresses("the Cc addresses", Headers.addresses(actual, "Cc"), addresses);
    }

    /**
     * Verifies the blind recipients: the envelope recipients that are in neither {@code To:} nor {@code Cc:} (Angus
     * Mail does not send a {@code Bcc:} header; the envelope is what reveals them).
     */
    public ReceivedMessageAssert hasBcc(String... addresses) {
        isNotNull();
        List<String> blind = new ArrayList<>(actual.envelope().recipients());
        List<String> visible = new ArrayList<>(actual.to());
        visible.addAll(Headers.addresses(actual, "Cc"));
        blind.removeIf(recipient -> Addresses.contains(visible, recipient));
        return expectAddresses("the blind (Bcc) recipients", blind, addresses);
    }

    /**
     * Verifies the plain-text body, ignoring line-end differences: CRLF, CR and LF are alike, and one line break at
     * the end is optional on either side (SMTP ends every message with one, so {@code setText("Hello Bob!")} arrives
     * as {@code "Hello Bob!\r\n"} and {@code hasText("Hello Bob!")} passes).
     */
    public ReceivedMessageAssert hasText(String expected) {
        isNotNull();
        String text = actual.text();
        return expect("the text body (ignoring line-end differences)", text, expected,
                LineEnds.sameText(text, expected));
    }

    /** Verifies that the plain-text body contains every value. */
    public ReceivedMessageAssert hasTextContaining(CharSequence... values) {
        isNotNull();
        return expectContaining("the text body", actual.text(), values);
    }

    /**
     * Verifies that the message has an HTML body ({@link ReceivedMessage#html()}: a {@code text/html} part that is
     * not an attached file) that contains every value.
     */
    public ReceivedMessageAssert hasHtmlContaining(CharSequence... values) {
        isNotNull();
        Optional<String> html = actual.html();
        if (html.isEmpty()) {
            failWithMessage("%nExpecting%n  %s%nto have an HTML body containing:%n  %s%nbut it has no HTML body",
                    actual, shown(Arrays.asList(values)));
        }
        return expectContaining("the HTML body", html.orElseThrow(), values);
    }

    /** Verifies that the header {@code name} (case-insensitive) has {@code value} among its unfolded values. */
    public ReceivedMessageAssert hasHeader(String name, String value) {
        isNotNull();
        List<String> values = actual.header(name);
        return expect("the values of header " + name, values, "to include", value, values.contains(value));
    }

    /** Verifies that the header {@code name} (case-insensitive) is present. */
    public ReceivedMessageAssert hasHeader(String name) {
        isNotNull();
        if (actual.header(name).isEmpty()) {
            failWithMessage("%nExpecting%n  %s%nto have a header:%n  %s%nbut it has none", actual, shown(name));
        }
        return myself;
    }

    /**
     * Verifies the attachments' file names, in any order: {@link ReceivedMessage#attachments()}, by the rule of
     * {@code docs/messages.md} (parts marked as attachments, named parts, attached messages; not the bodies, not the
     * inline parts; unnamed ones as {@code attachment-N.ext}).
     */
    public ReceivedMessageAssert hasAttachments(String... fileNames) {
        isNotNull();
        return expectNames("the attachment names", actual.attachments(), fileNames);
    }

    /** Verifies that the message has no attachment. */
    public ReceivedMessageAssert hasNoAttachments() {
        return hasAttachments();
    }

    /**
     * Verifies the file names of the inline parts ({@link ReceivedMessage#inlineParts()}: the images the HTML shows
     * through {@code cid:}), in any order.
     */
    public ReceivedMessageAssert hasInlineParts(String... fileNames) {
        isNotNull();
        return expectNames("the inline part names", actual.inlineParts(), fileNames);
    }

    /** Verifies that there is an attachment named {@code fileName} and returns assertions on the first one. */
    public AttachmentAssert attachment(String fileName) {
        isNotNull();
        List<MessagePart> attachments = actual.attachments();
        Optional<MessagePart> found = attachments.stream().filter(a -> a.fileName().equals(fileName)).findFirst();
        if (found.isEmpty()) {
            failWithMessage("%nExpecting%n  %s%nto have an attachment named:%n  %s%nbut its attachments were:%n  %s",
                    actual, shown(fileName), shown(attachments));
        }
        return new AttachmentAssert(found.orElseThrow());
    }

    /** Verifies the envelope sender ({@code MAIL FROM}). */
    public ReceivedMessageAssert hasEnvelopeSender(String address) {
        isNotNull();
        String mailFrom = actual.envelope().mailFrom();
        return expect("the envelope sender (MAIL FROM)", mailFrom, address, mailFrom.equalsIgnoreCase(address));
    }

    /** Verifies the envelope recipients ({@code RCPT TO}): everyone the message was delivered to. */
    public ReceivedMessageAssert hasEnvelopeRecipients(String... addresses) {
        isNotNull();
        return expectAddresses("the envelope recipients (RCPT TO)", actual.envelope().recipients(), addresses);
    }

    /** Verifies the account the SMTP session logged in as. */
    public ReceivedMessageAssert wasAuthenticatedAs(String account) {
        isNotNull();
        String authenticated = actual.envelope().account();
        return expect("the authenticated account", authenticated, account, authenticated.equalsIgnoreCase(account));
    }

    /** Verifies the SASL mechanism that authenticated the session, e.g. {@code PLAIN} or {@code LOGIN}. */
    public ReceivedMessageAssert wasAuthenticatedWith(String mechanism) {
        isNotNull();
        String used = actual.authMechanism();
        return expect("the AUTH mechanism", used, mechanism, used.equalsIgnoreCase(mechanism));
    }

    /** Verifies that the message came over TLS (any {@code TLSv…} protocol). */
    public ReceivedMessageAssert wasSentOverTls() {
        isNotNull();
        String protocol = actual.tlsProtocol();
        return expect("the TLS protocol", protocol, "TLSv*", protocol.startsWith("TLSv"));
    }

    /** Verifies the negotiated TLS protocol, e.g. {@code TLSv1.3}. */
    public ReceivedMessageAssert wasSentOverTls(String protocol) {
        isNotNull();
        return expect("the TLS protocol", actual.tlsProtocol(), protocol, actual.tlsProtocol().equals(protocol));
    }

    /** Verifies that the session authenticated with an OAuth 2.0 access token (XOAUTH2 or OAUTHBEARER). */
    public ReceivedMessageAssert wasAuthenticatedByOAuth() {
        isNotNull();
        String used = actual.authMechanism();
        return expect("the AUTH mechanism", used, "XOAUTH2 or OAUTHBEARER",
                used.equals("XOAUTH2") || used.equals("OAUTHBEARER"));
    }

    /**
     * Verifies that Gmail replaced the {@code From:} header because it named {@code originalAddress}, neither the
     * account nor a verified alias (the original is kept in {@code X-Google-Original-From:}).
     */
    public ReceivedMessageAssert hasFromRewrittenFrom(String originalAddress) {
        isNotNull();
        Optional<String> original = actual.originalFrom();
        return expect("the original From (X-Google-Original-From)", original.orElse("(From was not rewritten)"),
                "to name", originalAddress, original.map(o -> o.toLowerCase(java.util.Locale.ROOT)
                        .contains(originalAddress.toLowerCase(java.util.Locale.ROOT))).orElse(false));
    }

    /** Verifies that Gmail kept the submitted {@code From:} (the account's address or a verified alias). */
    public ReceivedMessageAssert hasFromUnchanged() {
        isNotNull();
        Optional<String> original = actual.originalFrom();
        return expect("the original From (X-Google-Original-From)", original.orElse("(none)"), "(none)",
                original.isEmpty());
    }

    /** Verifies that Gmail added the header {@code name}: present as delivered, absent as the client submitted it. */
    public ReceivedMessageAssert hasHeaderAddedByGmail(String name) {
        isNotNull();
        boolean delivered = !actual.header(name).isEmpty();
        boolean submitted = Headers.submittedHasHeader(actual, name);
        if (!delivered || submitted) {
            failWithMessage("%nExpecting Gmail to have added the header%n  %s%nto%n  %s%nbut it was %s", shown(name),
                    actual, delivered ? "already in the submitted message" : "not in the delivered message");
        }
        return myself;
    }

    private ReceivedMessageAssert expectNames(String what, List<MessagePart> parts, String... fileNames) {
        List<String> names = parts.stream().map(MessagePart::fileName).sorted().toList();
        List<String> expected = Arrays.stream(fileNames).sorted().toList();
        return expect(what, names, expected, names.equals(expected));
    }

    private ReceivedMessageAssert expectAddresses(String what, List<String> found, String... expected) {
        List<String> wanted = List.of(expected);
        return expect(what + " (ignoring case and order)", found, wanted, Addresses.sameSet(found, wanted));
    }

    private ReceivedMessageAssert expectContaining(String what, String text, CharSequence... values) {
        List<CharSequence> missing = Arrays.stream(values).filter(value -> !text.contains(value)).toList();
        if (!missing.isEmpty()) {
            failWithMessage("%nExpecting %s of%n  %s%nto contain:%n  %s%nbut it does not contain:%n  %s%n%s was:%n  %s",
                    what, actual, shown(Arrays.asList(values)), shown(missing), capitalized(what), shown(text));
        }
        return myself;
    }

    private ReceivedMessageAssert expect(String what, Object found, Object expected, boolean matches) {
        return expect(what, found, "to be", expected, matches);
    }

    private ReceivedMessageAssert expect(String what, Object found, String relation, Object expected, boolean matches) {
        if (!matches) {
            failWithActualExpectedAndMessage(found, expected, "%nExpecting %s of%n  %s%n%s:%n  %s%nbut was:%n  %s",
                    what, actual, relation, shown(expected), shown(found));
        }
        return myself;
    }

    private String shown(Object value) {
        return info.representation().toStringOf(value);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
