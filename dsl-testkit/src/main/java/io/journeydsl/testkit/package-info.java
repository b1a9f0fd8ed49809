/**
 * A faithful, stateful fake of the Genesys Journey API for tests and local emulation.
 *
 * <p>{@link io.journeydsl.testkit.FakeJourneyApi} is the store and the semantics, usable directly as a
 * {@link io.journeydsl.spi.JourneyTransport}; {@link io.journeydsl.testkit.FakeJourneyServer} serves
 * the same fake over loopback HTTP. Faults ({@link io.journeydsl.testkit.Fault}), the request
 * {@link io.journeydsl.testkit.Journal} and seeded analytics events
 * ({@link io.journeydsl.testkit.JourneyEvent}) sit around the store. Implementation classes live in
 * {@code io.journeydsl.testkit.internal} and are not API.
 */
package io.journeydsl.testkit;
