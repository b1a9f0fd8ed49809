/** JUnit 5 support: {@link io.journeydsl.testkit.junit.FakeJourneyApiExtension} (JUnit is a provided dependency). */
package io.journeydsl.testkit.junit;
