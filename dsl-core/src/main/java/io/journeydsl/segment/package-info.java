/**
 * Journey segments: {@link io.journeydsl.segment.JourneySegment}, its PATCH body and listing.
 */
@JourneyStyle
package io.journeydsl.segment;

import io.journeydsl.internal.JourneyStyle;
