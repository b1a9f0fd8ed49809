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
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintDef;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.PropertyConstraintMappingContext;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.cfg.defs.NullDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.cfg.defs.SizeDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The declarations of {@link CatalogueMapping} run by Hibernate Validator, the reference
 * implementation of Bean Validation: each {@link Check} becomes the constraint it stands for
 * ({@code @Pattern}, {@code @Size(min = 1)}, {@code @Null} or one of ours with its validator),
 * accessors are seen through {@link WireNameGetters}, and violations become {@link Violation}s
 * through {@link ViolationMapping}. Tests hold {@link FieldValidation} to it.
 */
public final class HibernateFieldValidation {
  private HibernateFieldValidation() {}

  private static final class Holder {
    static final ValidatorFactory FACTORY = build();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  private static ValidatorFactory build() {
    HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure();
    // The getter strategy must be set before any constraint mapping is created.
    config.getterPropertySelectionStrategy(new WireNameGetters())
        .messageInterpolator(new ParameterMessageInterpolator())
        .ignoreXmlConfiguration();
    ConstraintMapping mapping = config.createConstraintMapping();
    mapping.constraintDefinition(KnownValue.class).includeExistingValidators(false).validatedBy(KnownValueValidator.class);
    mapping.constraintDefinition(InRange.class).includeExistingValidators(false).validatedBy(InRangeValidator.class);
    mapping.constraintDefinition(CrossField.class).includeExistingValidators(false).validatedBy(CrossFieldValidator.class);
    mapping.constraintDefinition(IanaTimeZone.class).includeExistingValidators(false).validatedBy(IanaTimeZoneValidator.class);
    mapping.constraintDefinition(Iso8601Duration.class).includeExistingValidators(false)
        .validatedBy(Iso8601DurationValidator.class);
    mapping.constraintDefinition(Iso8601Interval.class).includeExistingValidators(false)
        .validatedBy(Iso8601IntervalValidator.class);
    mapping.constraintDefinition(RequiredByApi.class).includeExistingValidators(false)
        .validatedBy(RequiredByApiValidator.class);
    for (FieldRules.TypeRules type : CatalogueMapping.declareAll().types()) {
      declare(mapping.type(type.type()), type);
    }
    config.addMapping(mapping);
    return config.buildValidatorFactory();
  }

  private static void declare(TypeConstraintMappingContext<?> context, FieldRules.TypeRules type) {
    for (Check check : type.checks()) {
      context.constraint(def(check));
    }
    for (FieldRules.PropertyRules property : type.properties()) {
      PropertyConstraintMappingContext getter = context.getter(property.name());
      for (Check check : property.checks()) {
        getter.constraint(def(check));
      }
      if (property.cascaded()) {
        getter.valid();
      }
      if (!property.elementChecks().isEmpty() || property.elementsCascaded()) {
        var elements = getter.containerElementType();
        for (Check check : property.elementChecks()) {
          elements.constraint(def(check));
        }
        if (property.elementsCascaded()) {
          elements.valid();
        }
      }
    }
  }

  /** The Bean Validation constraint a check stands for, its rule code as the message key. */
  private static ConstraintDef<?, ?> def(Check check) {
    if (check instanceof Check.Matches m) {
      return new PatternDef().regexp(m.regexp()).message(m.rule().key());
    } else if (check instanceof Check.NotEmpty n) {
      return new SizeDef().min(1).message(n.rule().key());
    } else if (check instanceof Check.MustBeNull n) {
      return new NullDef().message(n.rule().key());
    } else if (check instanceof Check.Known k) {
      return new GenericConstraintDef<>(KnownValue.class).param("values", k.values().toArray(String[]::new));
    } else if (check instanceof Check.InRange r) {
      return new GenericConstraintDef<>(InRange.class).param("min", r.min()).param("max", r.max()).message(r.rule().key());
    } else if (check instanceof Check.Interval) {
      return new GenericConstraintDef<>(Iso8601Interval.class);
    } else if (check instanceof Check.Duration) {
      return new GenericConstraintDef<>(Iso8601Duration.class);
    } else if (check instanceof Check.TimeZone) {
      return new GenericConstraintDef<>(IanaTimeZone.class);
    } else if (check instanceof Check.CrossField) {
      return new GenericConstraintDef<>(CrossField.class);
    } else if (check instanceof Check.RequiredByApi) {
      return new GenericConstraintDef<>(RequiredByApi.class);
    }
    throw new IllegalArgumentException("no Bean Validation constraint for " + check);
  }

  /** The shared, thread-safe Hibernate validator over the declarations. */
  public static Validator validator() {
    return Holder.VALIDATOR;
  }

  /** The message interpolator in use (a {@link ParameterMessageInterpolator}). */
  public static jakarta.validation.MessageInterpolator messageInterpolator() {
    return Holder.FACTORY.getMessageInterpolator();
  }

  /** The field and cross-field violations of one wire object as Hibernate Validator finds them, paths relative to it. */
  public static List<Violation> validate(Object value) {
    Set<ConstraintViolation<Object>> found = Holder.VALIDATOR.validate(value);
    List<Violation> out = new ArrayList<>(found.size());
    for (ConstraintViolation<Object> violation : found) {
      out.add(ViolationMapping.toViolation(violation));
    }
    return out;
  }
}
