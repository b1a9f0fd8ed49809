/**
 * The catalogue of Journey API facts: the five collections ({@link io.journeydsl.catalog.ApiCollection}),
 * the required fields of every request body per API generation ({@link io.journeydsl.catalog.RequiredFields}),
 * the places where one object refers to another ({@link io.journeydsl.catalog.ReferenceSite}) and the
 * ISO-8601 formats ({@link io.journeydsl.catalog.Iso8601}). Every module reads these facts here.
 */
package io.journeydsl.catalog;
