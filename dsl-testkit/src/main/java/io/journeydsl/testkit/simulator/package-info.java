/**
 * A visitor simulator: evaluates a {@link io.journeydsl.JourneyConfig} against visitor activity given
 * as data, event by event, and answers which segments a visitor matches, which outcomes are achieved,
 * which action maps qualify and which action is offered, and why. The rules follow Genesys' published
 * documentation of Predictive Engagement; where it is silent the simulator makes a choice and says so
 * ({@link io.journeydsl.testkit.simulator.Decision#assumption()}). See {@code docs/simulator.md}.
 *
 * <pre>{@code
 * Simulation simulation = JourneySimulator.of(config).simulate(
 *     Visitor.named("ann").withContext("device.category", "mobile")
 *         .withSession(Session.web("s1",
 *             VisitorEvent.pageView(t0, "https://shop.example.com/pricing"),
 *             VisitorEvent.pageView(t0.plusSeconds(30), "https://shop.example.com/pricing"))));
 * }</pre>
 */
package io.journeydsl.testkit.simulator;
