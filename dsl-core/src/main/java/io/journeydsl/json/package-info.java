/**
 * JSON of the Journey wire format: the configured {@link io.journeydsl.json.JourneyJson} mapper,
 * the timestamp format and the explicit-null support of PATCH bodies.
 */
package io.journeydsl.json;
