package io.journeydsl.validation.internal;

import io.journeydsl.validation.Violation;
import io.journeydsl.validation.constraints.CrossField;
import io.journeydsl.validation.constraints.IanaTimeZone;
import io.journeydsl.validation.constraints.InRange;
import io.journeydsl.validation.constraints.Iso8601Duration;
import io.journeydsl.validation.constraints.Iso8601Interval;
import io.journeydsl.validation.constraints.KnownValue;
import io.journeydsl.validation.constraints.RequiredByApi;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Field and cross-field rules: one Hibernate Validator factory for the process, configured so that
 * constraints on Immutables accessors run ({@link WireNameGetters}), with
 * {@link ParameterMessageInterpolator} (no expression language), and with the constraints of the
 * wire model declared programmatically (the model itself carries no annotations); the required fields
 * are the catalogue's ({@link CatalogueMapping}).
 */
public final class FieldValidation {
  private FieldValidation() {}

  private static final class Holder {
    /** Every model type the mapping declares constraints on, filled by {@link #build()}. */
    static final Set<Class<?>> TYPES = new LinkedHashSet<>();
    static final ValidatorFactory FACTORY = build();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  /**
   * The logger of Hibernate Validator's version line ({@code HV000001}, INFO), held strongly so the
   * level set on it is not lost. Hibernate Validator logs through JBoss Logging, which writes to
   * {@code java.util.logging} unless JBoss LogManager, Log4j or Logback is present; there, the default
   * console handler would print the line to stderr of every application using the validator.
   */
  private static final Logger VERSION_LOGGER = Logger.getLogger("org.hibernate.validator.internal.util.Version");

  /**
   * Keeps the version line quiet unless the application set a level for that logger itself; warnings
   * and errors of Hibernate Validator still get through. Applications on Log4j or Logback configure
   * that logger in their own configuration.
   */
  static void quietVersionLine() {
    if (VERSION_LOGGER.getLevel() == null) {
      VERSION_LOGGER.setLevel(Level.WARNING);
    }
  }

  private static ValidatorFactory build() {
    quietVersionLine();
    HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure();
    // The getter strategy must be set before any constraint mapping is created.
    config.getterPropertySelectionStrategy(new WireNameGetters())
        .messageInterpolator(new ParameterMessageInterpolator())
        .ignoreXmlConfiguration();
    ConstraintMapping mapping = config.createConstraintMapping();
    mapping.constraintDefinition(KnownValue.class).includeExistingValidators(false)
        .validatedBy(KnownValueValidator.class);
    mapping.constraintDefinition(InRange.class).includeExistingValidators(false).validatedBy(InRangeValidator.class);
    mapping.constraintDefinition(CrossField.class).includeExistingValidators(false)
        .validatedBy(CrossFieldValidator.class);
    mapping.constraintDefinition(IanaTimeZone.class).includeExistingValidators(false)
        .validatedBy(IanaTimeZoneValidator.class);
    mapping.constraintDefinition(Iso8601Duration.class).includeExistingValidators(false)
        .validatedBy(Iso8601DurationValidator.class);
    mapping.constraintDefinition(Iso8601Interval.class).includeExistingValidators(false)
        .validatedBy(Iso8601IntervalValidator.class);
    mapping.constraintDefinition(RequiredByApi.class).includeExistingValidators(false)
        .validatedBy(RequiredByApiValidator.class);
    CatalogueMapping types = new CatalogueMapping(mapping);
    SegmentConstraints.declare(types);
    ActionMapConstraints.declare(types);
    ActionTemplateConstraints.declare(types);
    AggregateConstraints.declare(types);
    types.finish();
    Holder.TYPES.addAll(types.declared());
    config.addMapping(mapping);
    return config.buildValidatorFactory();
  }

  /**
   * Builds the factory and the metadata of every constrained model type now, as the first validation
   * in a process otherwise would on its way. Hibernate Validator keeps metadata per runtime class,
   * and the objects it meets are the generated {@code ImmutableX} implementations of each declared
   * type {@code X}, so those are the classes prepared; a type without one is simply skipped, since
   * this only moves work earlier and never changes a result.
   *
   * @return the implementation classes prepared
   */
  public static List<Class<?>> prepare() {
    List<Class<?>> prepared = new ArrayList<>();
    for (Class<?> type : Holder.TYPES) {
      Class<?> implementation = Implementations.of(type);
      if (implementation != null) {
        Holder.VALIDATOR.getConstraintsForClass(implementation);
        prepared.add(implementation);
      }
    }
    return prepared;
  }

  /** The model types the mapping declares constraints on, in declaration order. */
  public static Set<Class<?>> constrainedTypes() {
    return Collections.unmodifiableSet(Holder.TYPES);
  }

  /** The shared, thread-safe validator. */
  public static Validator validator() {
    return Holder.VALIDATOR;
  }

  /** The message interpolator in use (a {@link ParameterMessageInterpolator}). */
  public static jakarta.validation.MessageInterpolator messageInterpolator() {
    return Holder.FACTORY.getMessageInterpolator();
  }

  /** The field and cross-field violations of one wire object, paths relative to it. */
  public static List<Violation> validate(Object value) {
    Set<ConstraintViolation<Object>> found = Holder.VALIDATOR.validate(value);
    List<Violation> out = new ArrayList<>(found.size());
    for (ConstraintViolation<Object> violation : found) {
      out.add(ViolationMapping.toViolation(violation));
    }
    return out;
  }
}
