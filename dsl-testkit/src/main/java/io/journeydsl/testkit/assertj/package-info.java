/**
 * AssertJ entry points for the fake's state and journal: {@code JourneyAssertions.assertThat(fake)}
 * and {@code JourneyAssertions.assertThat(fake.journal())}. AssertJ is a compile dependency of the
 * testkit (the transport TCK asserts with it), so this package needs nothing more on the classpath.
 */
package io.journeydsl.testkit.assertj;
