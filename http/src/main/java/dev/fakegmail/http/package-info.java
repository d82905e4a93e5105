/**
 * The fake Gmail's HTTP side, attached to {@code fake-gmail-server} through {@link dev.fakegmail.server.HttpSide}.
 * Its engine, under {@code dev.fakegmail.http.internal}, is not API.
 */
package dev.fakegmail.http;
