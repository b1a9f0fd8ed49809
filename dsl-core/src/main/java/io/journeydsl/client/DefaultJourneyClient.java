package io.journeydsl.client;

import io.journeydsl.spi.JourneyTransport;

/**
 * {@link JourneyClient} over one transport, with one resource client per collection. A borrowed
 * transport is never closed by the client; an owned one is closed with it.
 */
final class DefaultJourneyClient implements JourneyClient {
  private final JourneyTransport transport;
  private final boolean ownsTransport;
  private final SegmentClient segments;
  private final OutcomeClient outcomes;
  private final ActionMapClient actionMaps;
  private final ActionTemplateClient actionTemplates;
  private final ActionTargetClient actionTargets;
  private final AnalyticsClient analytics;

  DefaultJourneyClient(JourneyTransport transport, boolean ownsTransport) {
    this.transport = transport;
    this.ownsTransport = ownsTransport;
    this.segments = new DefaultSegmentClient(transport);
    this.outcomes = new DefaultOutcomeClient(transport);
    this.actionMaps = new DefaultActionMapClient(transport);
    this.actionTemplates = new DefaultActionTemplateClient(transport);
    this.actionTargets = new DefaultActionTargetClient(transport);
    this.analytics = new DefaultAnalyticsClient(transport);
  }

  @Override
  public SegmentClient segments() {
    return segments;
  }

  @Override
  public OutcomeClient outcomes() {
    return outcomes;
  }

  @Override
  public ActionMapClient actionMaps() {
    return actionMaps;
  }

  @Override
  public ActionTemplateClient actionTemplates() {
    return actionTemplates;
  }

  @Override
  public ActionTargetClient actionTargets() {
    return actionTargets;
  }

  @Override
  public AnalyticsClient analytics() {
    return analytics;
  }

  @Override
  public void close() {
    if (ownsTransport) {
      transport.close();
    }
  }
}
