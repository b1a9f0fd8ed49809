/**
 * Errors of the Journey API: the Genesys {@link io.journeydsl.error.ErrorBody} and the typed exception family.
 */
@JourneyStyle
package io.journeydsl.error;

import io.journeydsl.internal.JourneyStyle;
