/**
 * A technology compatibility kit (TCK) for {@link io.journeydsl.spi.JourneyTransport}: JUnit Jupiter
 * tests that run a {@link io.journeydsl.client.JourneyClient} over a transport against the
 * {@link io.journeydsl.testkit.FakeJourneyApi} and hold it to the API's behaviour, all 24 operations
 * and their errors.
 *
 * <p>Extend {@link io.journeydsl.testkit.tck.JourneyTransportTck} for a transport that runs in the
 * JVM (a decorator, a recorder, a cache) and is handed the fake, or
 * {@link io.journeydsl.testkit.tck.HttpJourneyTransportTck} for one that speaks HTTP and is handed a
 * running {@link io.journeydsl.testkit.FakeJourneyServer}. JUnit Jupiter and AssertJ are compile
 * dependencies of the testkit for this package.
 */
package io.journeydsl.testkit.tck;
