/**
 * Action templates and content offers with their styling.
 */
@JourneyStyle
package io.journeydsl.actiontemplate;

import io.journeydsl.internal.JourneyStyle;
