/**
 * Context and journey patterns: what a segment or outcome requires of a visitor ({@link io.journeydsl.pattern.Context}, {@link io.journeydsl.pattern.VisitorJourney}) and the event streams they count in.
 */
@JourneyStyle
package io.journeydsl.pattern;

import io.journeydsl.internal.JourneyStyle;
