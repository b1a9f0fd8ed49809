/**
 * The implementation of the testkit: the store, the API semantics, faults, journal, analytics and the
 * Jetty front door. Not API: types here may change in any release.
 */
package io.journeydsl.testkit.internal;
