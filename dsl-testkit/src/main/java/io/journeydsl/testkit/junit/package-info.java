/**
 * JUnit 5 support: {@link io.journeydsl.testkit.junit.FakeJourneyApiExtension}. The JUnit Jupiter API
 * comes with the testkit; add a JUnit Platform engine to run tests.
 */
package io.journeydsl.testkit.junit;
