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

  /**
   * Composes two decorators: {@code outer} wraps the transport produced by this decorator.
   *
   * @param outer the decorator to apply last (outermost)
   * @return the composed decorator
   */
  default TransportDecorator andThen(TransportDecorator outer) {
    return next -> outer.wrap(wrap(next));
  }
}
