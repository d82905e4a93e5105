/**
 * The sign-in room shared by every door (SMTP AUTH, IMAP LOGIN and AUTHENTICATE, and next the Gmail API): the account
 * model's verdict on a login ({@link dev.fakegmail.server.internal.auth.AuthResult}) and the decoding of the SASL
 * responses Gmail accepts ({@link dev.fakegmail.server.internal.auth.SaslDecoding}). It imports nothing of the
 * server; each door maps a verdict to its own protocol's reply.
 *
 * <p>Not API: fake-gmail's own machinery, which may change in any release. Use the types of
 * {@code dev.fakegmail.server}; an architecture test keeps them from exposing anything from here, and the other modules
 * from importing it.
 */
package dev.fakegmail.server.internal.auth;
