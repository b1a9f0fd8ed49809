/**
 * Action targets (deprecated by Genesys): read and PATCH only; the API has no create.
 */
@JourneyStyle
package io.journeydsl.actiontarget;

import io.journeydsl.internal.JourneyStyle;
