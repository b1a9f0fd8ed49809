package io.journeydsl.validation;

import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.TransportDecorator;
import java.util.Objects;

/**
 * The validate-before-send {@link TransportDecorator}: every operation is validated first (its body
 * with the field, cross-field and placeholder rules, its query parameters with the query rules); an
 * operation with an ERROR throws {@link JourneyValidationException} and is never handed to the
 * wrapped transport.
 *
 * <pre>{@code
 * JourneyTransport checked = ValidateBeforeSend.using(JourneyValidator.create()).wrap(transport);
 * }</pre>
 */
public final class ValidateBeforeSend implements TransportDecorator {
  private final JourneyValidator validator;

  private ValidateBeforeSend(JourneyValidator validator) {
    this.validator = validator;
  }

  /** The decorator validating with {@code validator}. */
  public static ValidateBeforeSend using(JourneyValidator validator) {
    return new ValidateBeforeSend(Objects.requireNonNull(validator, "validator"));
  }

  @Override
  public JourneyTransport wrap(JourneyTransport next) {
    Objects.requireNonNull(next, "next");
    return new JourneyTransport() {
      @Override
      public <R> R execute(JourneyOperation<R> operation) {
        validator.validate(operation).throwIfErrors();
        return next.execute(operation);
      }

      @Override
      public void close() {
        next.close();
      }
    };
  }
}
