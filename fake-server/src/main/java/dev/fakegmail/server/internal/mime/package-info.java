/**
 * Not API: fake-gmail's own machinery, which may change in any release. Use the types of {@code dev.fakegmail.server};
 * an architecture test keeps them from exposing anything from here, and the other modules from importing it.
 *
 * <p>The MIME room: parsing received bytes with Jakarta Mail, below both the model ({@code ReceivedMessage}) and the
 * mailboxes, and importing neither.
 */
package dev.fakegmail.server.internal.mime;
