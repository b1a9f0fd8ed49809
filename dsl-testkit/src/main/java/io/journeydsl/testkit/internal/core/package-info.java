/**
 * The fake itself, with no transport: the store, the API semantics (entities, listings, references,
 * model checks), the analytics engine, faults, the rate limit, the journal, snapshots and the state
 * file, and the {@link io.journeydsl.testkit.internal.core.Dispatcher} every front door calls. Nothing
 * here loads a Jetty class, so a user of the in-memory fake never needs Jetty. Not API: types here may
 * change in any release.
 */
package io.journeydsl.testkit.internal.core;
