/**
 * Cross-object rules over a {@link io.journeydsl.JourneyConfig}: {@link
 * io.journeydsl.validation.rules.BundleRule} and the built-in set {@link
 * io.journeydsl.validation.rules.BundleRules#defaults()}.
 */
package io.journeydsl.validation.rules;
