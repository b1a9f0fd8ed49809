package io.journeydsl.validation.internal;

import io.journeydsl.model.OpenEnum;
import io.journeydsl.validation.constraints.KnownValue;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Validates {@link KnownValue} on open enums and strings; the known values go into the message. */
public final class KnownValueValidator implements ConstraintValidator<KnownValue, Object> {
  private static final Map<Class<?>, List<?>> KNOWN = new ConcurrentHashMap<>();

  private List<String> values = List.of();

  @Override
  public void initialize(KnownValue annotation) {
    values = List.of(annotation.values());
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    List<?> known;
    if (value instanceof OpenEnum e) {
      if (e.isKnown()) {
        return true;
      }
      known = KNOWN.computeIfAbsent(value.getClass(), KnownValueValidator::knownValuesOf);
    } else {
      if (values.contains(value.toString())) {
        return true;
      }
      known = values;
    }
    List<String> names = known.stream().map(String::valueOf).toList();
    String shown = value instanceof OpenEnum e ? e.value() : value.toString();
    context.unwrap(HibernateConstraintValidatorContext.class)
        .withDynamicPayload(Map.of("known", known, "suggestion", Suggestions.didYouMean(shown, names)));
    return false;
  }

  private static List<?> knownValuesOf(Class<?> type) {
    try {
      Method method = type.getMethod("knownValues");
      return (List<?>) method.invoke(null);
    } catch (ReflectiveOperationException | ClassCastException e) {
      return List.of();
    }
  }
}
