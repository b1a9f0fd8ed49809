/**
 * AssertJ entry points for the fake's state and journal: {@code JourneyAssertions.assertThat(fake)}
 * and {@code JourneyAssertions.assertThat(fake.journal())}. AssertJ is a {@code provided} dependency
 * of the testkit: add {@code org.assertj:assertj-core} to your test classpath to use this package.
 */
package io.journeydsl.testkit.assertj;
