/**
 * Not API: fake-gmail's own machinery, which may change in any release. Use the types of {@code dev.fakegmail.server};
 * an architecture test keeps them from exposing anything from here, and the other modules from importing it.
 */
package dev.fakegmail.server.internal.net;
