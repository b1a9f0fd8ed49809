/**
 * Plans, rehearses, applies and exports journey configurations over any
 * {@link io.journeydsl.client.JourneyClient}: the org's current objects are matched to a
 * {@link io.journeydsl.JourneyConfig} by name, with no state file.
 */
package io.journeydsl.deploy;
