package io.journeydsl.validation.internal;

import io.journeydsl.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Turns a Hibernate Validator violation into a {@link Violation}: the rule code is the message key
 * the constraint carries, the path is rendered in wire names ({@code pageUrlConditions[0].operator}),
 * and the message comes from the rule's template.
 */
final class ViolationMapping {
  private ViolationMapping() {}

  static Violation toViolation(ConstraintViolation<?> violation) {
    String path = render(violation.getPropertyPath());
    Rule rule = Rule.ofKey(violation.getMessageTemplate()).orElse(null);
    if (rule == null) {
      return Rule.VALIDATOR_FAILURE.at(path, null, Map.of("problem", violation.getMessage()));
    }
    Object payload = violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Object.class);
    if (payload instanceof Findings.Finding finding) {
      return rule.at(path, finding.rejected(), finding.args());
    }
    Map<String, Object> args = new HashMap<>();
    Object min = violation.getConstraintDescriptor().getAttributes().get("min");
    Object max = violation.getConstraintDescriptor().getAttributes().get("max");
    if (min instanceof Double d) {
      args.put("min", number(d));
    }
    if (max instanceof Double d) {
      args.put("max", number(d));
      args.put("bounds", d == Double.MAX_VALUE ? args.get("min") + " or more" : "between " + args.get("min") + " and " + number(d));
    }
    if (payload instanceof Map<?, ?> map) {
      map.forEach((k, v) -> args.put(String.valueOf(k), v));
    }
    return rule.at(path, violation.getInvalidValue(), args);
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /** The path in wire names: property names joined by dots, list positions in brackets. */
  static String render(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
        out.append('[').append(at).append(']');
      }
      String name = node.getName();
      if (name != null && node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getKind() != ElementKind.BEAN) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(name);
      }
    }
    return out.toString();
  }
}
