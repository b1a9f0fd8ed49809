/**
 * A stateful in-memory fake of the Journey API, also served over loopback HTTP. The fake arrives
 * with its own issue; this module holds its package only.
 */
package io.journeydsl.testkit;
