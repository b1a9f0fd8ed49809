/**
 * Building blocks every collection shares: open enumerations, entity references, media types and the generic listing envelope.
 */
@JourneyStyle
package io.journeydsl.model;

import io.journeydsl.internal.JourneyStyle;
