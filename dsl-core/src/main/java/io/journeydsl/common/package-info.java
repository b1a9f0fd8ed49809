/**
 * Shared building blocks of the wire model: criteria, context and journey patterns, entity references, open enumerations and the listing envelope.
 */
@JourneyStyle
package io.journeydsl.common;

import io.journeydsl.internal.JourneyStyle;
