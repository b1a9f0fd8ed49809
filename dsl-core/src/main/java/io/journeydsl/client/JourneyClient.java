package io.journeydsl.client;

import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.TransportDecorator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Genesys Cloud Journey API, one resource client per collection. Every call maps to exactly one
 * {@link io.journeydsl.spi.Operation} executed by the client's {@link JourneyTransport}. Thread-safe
 * when the transport is.
 *
 * <p>Ownership: a client made over a transport it was handed ({@link #create(JourneyTransport)},
 * {@link Builder#transport(JourneyTransport)}) borrows it and never closes it, so one transport can
 * serve several clients and outlive them. A client that should close its transport says so
 * explicitly ({@link #owning(JourneyTransport)}, {@link Builder#ownedTransport(JourneyTransport)}).
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

  /** Releases the client; closes the transport only when the client owns it. */
  @Override
  void close();

  /**
   * A client over a borrowed {@code transport}: closing the client leaves the transport open.
   *
   * @param transport the transport to execute every call on
   * @return the client
   */
  static JourneyClient create(JourneyTransport transport) {
    return new DefaultJourneyClient(Objects.requireNonNull(transport, "transport"), false);
  }

  /**
   * A client that owns {@code transport}: closing the client closes the transport.
   *
   * @param transport the transport to execute every call on and to close with the client
   * @return the client
   */
  static JourneyClient owning(JourneyTransport transport) {
    return new DefaultJourneyClient(Objects.requireNonNull(transport, "transport"), true);
  }

  /** A builder: choose the transport, optionally add decorators. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JourneyClient}. */
  final class Builder {
    private JourneyTransport transport;
    private boolean owned;
    private final List<TransportDecorator> decorators = new ArrayList<>();

    private Builder() {}

    /**
     * Sets a borrowed transport: the client never closes it (this or {@link #ownedTransport} is required).
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder transport(JourneyTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      this.owned = false;
      return this;
    }

    /**
     * Sets a transport the client owns: closing the client closes it, through its decorators.
     *
     * @param transport the transport
     * @return this builder
     */
    public Builder ownedTransport(JourneyTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      this.owned = true;
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
        throw new IllegalStateException("JourneyClient.builder() needs a transport(...) or ownedTransport(...)");
      }
      JourneyTransport decorated = transport;
      for (TransportDecorator decorator : decorators) {
        decorated = Objects.requireNonNull(decorator.wrap(decorated), "a decorator returned null");
      }
      return new DefaultJourneyClient(decorated, owned);
    }
  }
}
