package io.journeydsl.validation.internal;

import io.journeydsl.catalog.ApiProfile;
import io.journeydsl.catalog.RequiredFields;
import io.journeydsl.validation.constraints.RequiredByApi;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link RequiredByApi} for Hibernate Validator, written apart from {@code RequiredFieldChecks}
 * (accessors by reflection rather than wire names) so that the two are compared. Validates: each field the catalogue requires of the object's type is present
 * ({@code field.required} when every API generation requires it, {@code field.required.olderApi} when
 * only SDK 198 does), and each "one or more" list holds an element ({@code field.notEmpty}).
 */
public final class RequiredByApiValidator implements ConstraintValidator<RequiredByApi, Object> {
  /** One required field of a type: its accessor and the rule its absence breaks. */
  private record Field(String name, Method accessor, Rule rule, boolean nonEmpty) {}

  private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
    @Override
    protected List<Field> computeValue(Class<?> type) {
      return fieldsOf(type);
    }
  };

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Findings findings = new Findings();
    for (Field field : FIELDS.get(value.getClass())) {
      Object present = read(field.accessor(), value);
      if (present == null) {
        findings.add(field.rule(), field.name(), null);
      } else if (field.nonEmpty() && present instanceof List<?> list && list.isEmpty()) {
        findings.add(Rule.FIELD_NOT_EMPTY, field.name(), list);
      }
    }
    return HvFindings.replay(findings, context);
  }

  /** The required fields of the first class up the hierarchy the catalogue knows (instances are Immutables subclasses). */
  private static List<Field> fieldsOf(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (RequiredFields.types().contains(c)) {
        return fieldsOfModel(c);
      }
    }
    return List.of();
  }

  private static List<Field> fieldsOfModel(Class<?> model) {
    Set<String> names = new LinkedHashSet<>();
    for (ApiProfile profile : ApiProfile.values()) {
      names.addAll(RequiredFields.of(model, profile));
    }
    List<Field> out = new ArrayList<>();
    for (String name : names) {
      Rule rule = RequiredFields.requiredInEveryProfile(model, name) ? Rule.FIELD_REQUIRED : Rule.FIELD_REQUIRED_OLDER_API;
      try {
        out.add(new Field(name, model.getMethod(name), rule, RequiredFields.nonEmpty(model, name)));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("the catalogue requires " + model.getSimpleName() + "." + name
            + ", which the model does not have", e);
      }
    }
    return List.copyOf(out);
  }

  private static Object read(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("accessor " + accessor.getName() + " failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("accessor " + accessor.getName() + " is not accessible", e);
    }
  }
}
