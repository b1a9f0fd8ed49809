/** The simulator's implementation: compiled criteria, the per-session engine and explanations. Not API. */
package io.journeydsl.testkit.simulator.internal;
