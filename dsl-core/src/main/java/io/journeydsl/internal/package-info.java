/**
 * Implementation details of journey-dsl. Nothing here is public API: types may change or
 * disappear in any release.
 */
package io.journeydsl.internal;
