package io.journeydsl.client;

import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.TransportDecorator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Genesys Cloud Journey API, one resource client per collection. Every call maps to exactly one
 * {@link io.journeydsl.spi.Operation} executed by the client's {@link JourneyTransport}. Thread-safe
 * when the transport is. Closing the client closes the transport.
 */
public interface JourneyClient extends AutoCloseable {

  /** Segments: create, get, find, patch, delete, list, stream. */
  SegmentClient segments();

  /** Outcomes: create, get, find, patch, delete, list, stream. */
  OutcomeClient outcomes();

  /** Action maps: create, get, find, patch, delete, list, stream. */
  ActionMapClient actionMaps();

  /** Action templates: create, get, find, patch, (soft or hard) delete, list, stream. */
  ActionTemplateClient actionTemplates();

  /** Action targets: get, find, patch, list, stream (the API has no create or delete). */
  ActionTargetClient actionTargets();

  /** Journey aggregate analytics queries. */
  AnalyticsClient analytics();

  /** Closes the transport. */
  @Override
  void close();

  /**
   * A client over {@code transport}.
   *
   * @param transport the transport to execute every call on
   * @return the client
   */
  static JourneyClient create(JourneyTransport transport) {
    return new DefaultJourneyClient(Objects.requireNonNull(transport, "transport"));
  }

  /** A builder: choose the transport, optionally add decorators. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JourneyClient}. */
  final class Builder {
    private JourneyTransport transport;
    private final List<TransportDecorator> decorators = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the transport (required).
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder transport(JourneyTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /**
     * Adds a decorator around the transport; each added decorator wraps the ones added before it,
     * so the last one added sees each call first.
     *
     * @param decorator the decorator
     * @return this builder
     */
    public Builder decorate(TransportDecorator decorator) {
      decorators.add(Objects.requireNonNull(decorator, "decorator"));
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if no transport was set
     */
    public JourneyClient build() {
      if (transport == null) {
        throw new IllegalStateException("JourneyClient.builder() needs a transport(...)");
      }
      JourneyTransport decorated = transport;
      for (TransportDecorator decorator : decorators) {
        decorated = Objects.requireNonNull(decorator.wrap(decorated), "a decorator returned null");
      }
      return new DefaultJourneyClient(decorated);
    }
  }
}
