/**
 * The user-facing client of the Journey API: {@link io.journeydsl.client.JourneyClient}, one resource
 * client per collection and the list query values. Every call maps to exactly one
 * {@link io.journeydsl.spi.Operation} and runs on a {@link io.journeydsl.spi.JourneyTransport}.
 */
@JourneyStyle
package io.journeydsl.client;

import io.journeydsl.internal.JourneyStyle;
