/**
 * Criteria keys, operators and the wire criteria they produce: context criteria ({@link io.journeydsl.criteria.EntityTypeCriteria}) for visitor context patterns and journey criteria ({@link io.journeydsl.criteria.Criteria}) for journey patterns.
 */
@JourneyStyle
package io.journeydsl.criteria;

import io.journeydsl.internal.JourneyStyle;
