/**
 * Journey aggregate queries ({@code POST /api/v2/analytics/journeys/aggregates/query}) and their results.
 */
@JourneyStyle
package io.journeydsl.analytics;

import io.journeydsl.internal.JourneyStyle;
