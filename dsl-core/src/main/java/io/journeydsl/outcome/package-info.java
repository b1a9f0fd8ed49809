/**
 * Journey outcomes (deprecated by Genesys in 2026): {@link io.journeydsl.outcome.Outcome}, its PATCH body and listing.
 */
@JourneyStyle
package io.journeydsl.outcome;

import io.journeydsl.internal.JourneyStyle;
