/**
 * The Journey API over HTTP with Feign: {@link io.journeydsl.feign.FeignJourneyTransport}, Genesys
 * {@link io.journeydsl.feign.GenesysRegion}s, OAuth {@link io.journeydsl.feign.ClientCredentials}
 * and the {@link io.journeydsl.feign.RetryPolicy}. Everything under {@code internal} is
 * implementation.
 */
package io.journeydsl.feign;
