/**
 * The HTTP front door: embedded Jetty, the request handler, the decoding of HTTP requests into
 * operations, and the OAuth token endpoint. It is handed a
 * {@link io.journeydsl.testkit.internal.core.Dispatcher} and a clock, never the fake, and is loaded
 * only when a server starts. Not API: types here may change in any release.
 */
package io.journeydsl.testkit.internal.http;
