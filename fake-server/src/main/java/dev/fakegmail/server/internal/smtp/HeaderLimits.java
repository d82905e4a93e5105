package dev.fakegmail.server.internal.smtp;

/**
 * Gmail's limits on a message's header section, checked at the end of data (docs/gmail-smtp.md §6a).
 *
 * @param sectionOctets    octets of the whole header section, up to its empty line
 * @param fields           header fields in the section
 * @param fieldValueOctets octets of one field's value (after the colon, folding included); {@code To}, {@code Cc}
 *                         and {@code References} are exempt
 * @param messageIdChars   characters of the {@code Message-ID} value
 */
public record HeaderLimits(int sectionOctets, int fields, int fieldValueOctets, int messageIdChars) {

    /** Google's "Gmail message header limits": 500 KB, 5,000 fields, 32 KB per value, 500 for Message-ID. */
    public static final HeaderLimits GMAIL = new HeaderLimits(500 * 1024, 5_000, 32 * 1024, 500);
}
