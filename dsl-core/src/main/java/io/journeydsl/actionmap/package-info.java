/**
 * Action maps: triggers, conditions, activation, the action and its media-type fields, schedule groups.
 */
@JourneyStyle
package io.journeydsl.actionmap;

import io.journeydsl.internal.JourneyStyle;
