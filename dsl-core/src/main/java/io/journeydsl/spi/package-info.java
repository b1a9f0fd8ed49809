/**
 * The transport SPI below {@link io.journeydsl.client.JourneyClient}: the 24 seed
 * {@link io.journeydsl.spi.Operation}s, one call of one operation ({@link io.journeydsl.spi.JourneyOperation}),
 * the {@link io.journeydsl.spi.JourneyTransport} that executes it (HTTP, in-memory fake, ...) and
 * {@link io.journeydsl.spi.TransportDecorator}s that wrap any transport.
 */
package io.journeydsl.spi;
