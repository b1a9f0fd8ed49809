/**
 * JUnit 5 support: {@link io.journeydsl.testkit.junit.JourneyFake @JourneyFake} declares the fake a
 * test runs against, {@link io.journeydsl.testkit.junit.FakeJourneyApiExtension#builder()} configures
 * it in code for {@code @RegisterExtension}. The JUnit Jupiter API comes with the testkit; add a JUnit
 * Platform engine to run tests.
 */
package io.journeydsl.testkit.junit;
