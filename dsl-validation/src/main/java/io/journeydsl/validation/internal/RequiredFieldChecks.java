package io.journeydsl.validation.internal;

import io.journeydsl.catalog.ApiProfile;
import io.journeydsl.catalog.RequiredFields;
import io.journeydsl.internal.WireFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rule of {@code @RequiredByApi}: each field the catalogue requires of the object's type is
 * present ({@code field.required} when every API generation requires it,
 * {@code field.required.olderApi} when only SDK 198 does), and each "one or more" list holds an
 * element ({@code field.notEmpty}). Fields are read by wire name through the generated
 * {@link WireFields}, without reflection.
 */
final class RequiredFieldChecks {
  /** One required field of a type: its wire name and the rule its absence breaks. */
  private record Field(String name, Rule rule, boolean nonEmpty) {}

  private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
    @Override
    protected List<Field> computeValue(Class<?> type) {
      return fieldsOf(type);
    }
  };

  private RequiredFieldChecks() {}

  static void check(Object value, Findings findings) {
    for (Field field : FIELDS.get(value.getClass())) {
      Object present = WireFields.get(value, field.name());
      if (present == null) {
        findings.add(field.rule(), field.name(), null);
      } else if (field.nonEmpty() && present instanceof List<?> list && list.isEmpty()) {
        findings.add(Rule.FIELD_NOT_EMPTY, field.name(), list);
      }
    }
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
      out.add(new Field(name, rule, RequiredFields.nonEmpty(model, name)));
    }
    return List.copyOf(out);
  }
}
