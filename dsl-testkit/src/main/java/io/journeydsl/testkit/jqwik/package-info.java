/**
 * jqwik arbitraries of valid Journey model objects and bundles, for users' own property tests:
 * {@code JourneyArbitraries.bundles()}. jqwik is a {@code provided} dependency of the testkit: add
 * {@code net.jqwik:jqwik} to your test classpath to use this package.
 */
package io.journeydsl.testkit.jqwik;
