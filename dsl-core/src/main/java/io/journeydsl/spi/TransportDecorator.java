package io.journeydsl.spi;

/**
 * Wraps a transport to add behaviour around every call (journal, fault injection, validation,
 * metrics). A decorator should delegate {@link JourneyTransport#close()} to the transport it wraps.
 */
@FunctionalInterface
public interface TransportDecorator {

  /**
   * Returns a transport that adds this decorator's behaviour around {@code next}.
   *
   * @param next the transport to delegate to
   * @return the decorated transport
   */
  JourneyTransport wrap(JourneyTransport next);
}
