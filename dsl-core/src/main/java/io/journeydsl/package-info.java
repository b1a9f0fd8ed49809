/**
 * journey-dsl: Genesys Cloud Journey configuration as code. Start with the static entry point
 * {@link io.journeydsl.Journey}, group objects in a {@link io.journeydsl.JourneyConfig}, and refer
 * between them with typed {@link io.journeydsl.Ref}s.
 */
@JourneyStyle
package io.journeydsl;

import io.journeydsl.internal.JourneyStyle;
