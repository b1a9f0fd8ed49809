package io.journeydsl.deploy.export.internal;

import io.journeydsl.Journey;
import io.journeydsl.actionmap.EventCondition;
import io.journeydsl.actionmap.EventConditions;
import io.journeydsl.actionmap.UrlCondition;
import io.journeydsl.actionmap.UrlConditions;
import io.journeydsl.criteria.BooleanKey;
import io.journeydsl.criteria.ContextKeys;
import io.journeydsl.criteria.Criteria;
import io.journeydsl.criteria.EntityTypeCriteria;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.criteria.Operator;
import io.journeydsl.criteria.Operators;
import io.journeydsl.criteria.OrderedKey;
import io.journeydsl.criteria.TextKey;
import io.journeydsl.pattern.ContextPattern;
import io.journeydsl.pattern.EventStream;
import io.journeydsl.pattern.JourneyPattern;
import io.journeydsl.pattern.StreamType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DSL forms of criteria and the patterns and conditions made of them:
 * {@code JourneyKeys.PAGE_URL.contains("/pricing")}, {@code pattern(web(), 2, ...)},
 * {@code contextPattern(...)}, {@code url().startsWith(...)}, {@code event(web(), key).named(...)...}.
 */
final class CriteriaForms {
  private static final Pattern ATTRIBUTE = Pattern.compile("attributes\\.([^.]+)\\.value");

  /** A key or condition start: its source and the DSL object it evaluates to. */
  private record Start(String code, Object target) {}

  /** One operator call: its source suffix and the value it builds. */
  private record Call(String code, Object value) {}

  private final SourceWriter writer;
  private final Imports imports;

  CriteriaForms(SourceWriter writer, Imports imports) {
    this.writer = writer;
    this.imports = imports;
  }

  Optional<String> criterion(Criteria c) {
    return keyed(c, c.key(), c.shouldIgnoreCase(), c.operator(), c.values(), JourneyKeys.class);
  }

  Optional<String> contextCriterion(EntityTypeCriteria c) {
    Optional<String> bool = booleanKey(c);
    return bool.isPresent() ? bool : keyed(c, c.key(), c.shouldIgnoreCase(), c.operator(), c.values(), ContextKeys.class);
  }

  Optional<String> urlCondition(UrlCondition c) {
    return operatorCall(c, new Start("url()", UrlConditions.url()), c.operator(), c.values());
  }

  Optional<String> eventCondition(EventCondition c) {
    if (c.key() == null || c.key().isBlank()) {
      return Optional.empty();
    }
    return stream(c.streamType(), c.sessionType()).flatMap(stream -> {
      EventConditions start;
      String code = "event(" + stream.code() + ", " + JavaLiterals.string(c.key()) + ")";
      try {
        start = EventConditions.on((EventStream) stream.target(), c.key());
        if (c.eventName() != null) {
          start = start.named(c.eventName());
          code += ".named(" + JavaLiterals.string(c.eventName()) + ")";
        }
      } catch (RuntimeException refused) {
        return Optional.empty();
      }
      return operatorCall(c, new Start(code, start), c.operator(), c.values());
    });
  }

  Optional<String> journeyPattern(JourneyPattern p) {
    List<Criteria> criteria = p.criteria();
    if (criteria == null || criteria.isEmpty() || p.count() == null) {
      return Optional.empty();
    }
    return stream(p.streamType(), p.sessionType()).flatMap(stream -> {
      EventStream s = (EventStream) stream.target();
      Criteria first = criteria.get(0);
      Criteria[] more = criteria.subList(1, criteria.size()).toArray(Criteria[]::new);
      Supplier<Object> candidate = p.eventName() == null
          ? () -> Journey.pattern(s, p.count(), first, more)
          : () -> Journey.pattern(s, p.eventName(), p.count(), first, more);
      return Verified.form(p, candidate, () -> "pattern(" + stream.code() + ", "
          + (p.eventName() == null ? "" : JavaLiterals.string(p.eventName()) + ", ")
          + p.count() + ", " + writer.elements(criteria) + ")");
    });
  }

  Optional<String> contextPattern(ContextPattern p) {
    List<EntityTypeCriteria> criteria = p.criteria();
    if (criteria == null || criteria.isEmpty()) {
      return Optional.empty();
    }
    EntityTypeCriteria first = criteria.get(0);
    EntityTypeCriteria[] more = criteria.subList(1, criteria.size()).toArray(EntityTypeCriteria[]::new);
    return Verified.form(p, () -> Journey.contextPattern(first, more),
        () -> "contextPattern(" + writer.elements(criteria) + ")");
  }

  /** {@code web()}, {@code app()}, {@code custom("s")} or {@code conversation("s")}. */
  private Optional<Start> stream(StreamType type, String sessionType) {
    if (type == null || sessionType == null || sessionType.isBlank()) {
      return Optional.empty();
    }
    EventStream stream = EventStream.of(type, sessionType);
    if (stream.equals(EventStream.WEB)) {
      return Optional.of(new Start("web()", stream));
    } else if (stream.equals(EventStream.APP)) {
      return Optional.of(new Start("app()", stream));
    } else if (type.equals(StreamType.CUSTOM)) {
      return Optional.of(new Start("custom(" + JavaLiterals.string(sessionType) + ")", stream));
    } else if (type.equals(StreamType.CONVERSATION)) {
      return Optional.of(new Start("conversation(" + JavaLiterals.string(sessionType) + ")", stream));
    }
    return Optional.empty();
  }

  private Optional<String> keyed(Object original, String key, Boolean ignoreCase, Operator operator,
      List<String> values, Class<?> keys) {
    if (key == null) {
      return Optional.empty();
    }
    Optional<Start> start = namedKey(key, keys);
    if (start.isEmpty() && keys == JourneyKeys.class) {
      Matcher m = ATTRIBUTE.matcher(key);
      if (m.matches()) {
        start = Optional.of(new Start(imports.name(JourneyKeys.class) + ".attribute(" + JavaLiterals.string(m.group(1))
            + ")", JourneyKeys.attribute(m.group(1))));
      }
    }
    if (start.isEmpty()) {
      return Optional.empty();
    }
    Start s = start.get();
    if (Boolean.TRUE.equals(ignoreCase)) {
      s = new Start(s.code() + ".ignoringCase()", ((TextKey<?>) s.target()).ignoringCase());
    }
    return operatorCall(original, s, operator, values);
  }

  /** The constant of {@code keys} ({@code JourneyKeys} or {@code ContextKeys}) holding a text key named {@code key}. */
  private Optional<Start> namedKey(String key, Class<?> keys) {
    for (Field field : keys.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && TextKey.class.isAssignableFrom(field.getType())) {
        TextKey<?> constant = (TextKey<?>) constant(field);
        if (constant.key().equals(key)) {
          return Optional.of(new Start(imports.name(keys) + "." + field.getName(), constant));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> booleanKey(EntityTypeCriteria c) {
    if (!ContextKeys.AUTHENTICATED.key().equals(c.key()) || c.values() == null || c.values().size() != 1) {
      return Optional.empty();
    }
    String value = c.values().get(0);
    if (!value.equals("true") && !value.equals("false")) {
      return Optional.empty();
    }
    BooleanKey<EntityTypeCriteria> key = ContextKeys.AUTHENTICATED;
    boolean expected = Boolean.parseBoolean(value);
    return Verified.form(c, () -> key.is(expected),
        () -> imports.name(ContextKeys.class) + ".AUTHENTICATED." + (expected ? "isTrue()" : "isFalse()"));
  }

  /** The operator method of {@code start} that builds {@code original}, if there is one. */
  private Optional<String> operatorCall(Object original, Start start, Operator operator, List<String> values) {
    if (operator == null || values == null || values.isEmpty() || values.contains(null)) {
      return Optional.empty();
    }
    Optional<Call> call = call(start.target(), operator, values);
    return call.flatMap(c -> Verified.form(original, c::value, () -> start.code() + c.code()));
  }

  private Optional<Call> call(Object target, Operator op, List<String> values) {
    String first = values.get(0);
    String[] more = values.subList(1, values.size()).toArray(String[]::new);
    String args = args(values);
    boolean single = values.size() == 1;
    try {
      if (target instanceof Operators<?> ops) {
        if (op.equals(Operator.EQUAL) && single) {
          return call(".equal(" + args + ")", ops.equal(first));
        } else if (op.equals(Operator.NOT_EQUAL) && single) {
          return call(".notEqual(" + args + ")", ops.notEqual(first));
        } else if (op.equals(Operator.STARTS_WITH) && single) {
          return call(".startsWith(" + args + ")", ops.startsWith(first));
        } else if (op.equals(Operator.ENDS_WITH) && single) {
          return call(".endsWith(" + args + ")", ops.endsWith(first));
        } else if (op.equals(Operator.CONTAINS_ALL)) {
          return call((single ? ".contains(" : ".containsAll(") + args + ")", ops.containsAll(first, more));
        } else if (op.equals(Operator.CONTAINS_ANY)) {
          return call(".containsAny(" + args + ")", ops.containsAny(first, more));
        } else if (op.equals(Operator.NOT_CONTAINS_ALL)) {
          return call(".notContainsAll(" + args + ")", ops.notContainsAll(first, more));
        } else if (op.equals(Operator.NOT_CONTAINS_ANY)) {
          return call(".notContainsAny(" + args + ")", ops.notContainsAny(first, more));
        }
      }
      if (single) {
        return ordered(target, op, first, args);
      }
    } catch (RuntimeException refused) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The ordered comparisons, which only ordered keys and event conditions offer. */
  private static Optional<Call> ordered(Object target, Operator op, String value, String args) {
    String method = op.equals(Operator.GREATER_THAN) ? "greaterThan"
        : op.equals(Operator.GREATER_THAN_OR_EQUAL) ? "greaterThanOrEqual"
        : op.equals(Operator.LESS_THAN) ? "lessThan"
        : op.equals(Operator.LESS_THAN_OR_EQUAL) ? "lessThanOrEqual" : null;
    if (method == null) {
      return Optional.empty();
    }
    Object built;
    if (target instanceof OrderedKey<?> key) {
      built = switch (method) {
        case "greaterThan" -> key.greaterThan(value);
        case "greaterThanOrEqual" -> key.greaterThanOrEqual(value);
        case "lessThan" -> key.lessThan(value);
        default -> key.lessThanOrEqual(value);
      };
    } else if (target instanceof EventConditions conditions) {
      built = switch (method) {
        case "greaterThan" -> conditions.greaterThan(value);
        case "greaterThanOrEqual" -> conditions.greaterThanOrEqual(value);
        case "lessThan" -> conditions.lessThan(value);
        default -> conditions.lessThanOrEqual(value);
      };
    } else {
      return Optional.empty();
    }
    return call("." + method + "(" + args + ")", built);
  }

  private static Optional<Call> call(String code, Object value) {
    return Optional.of(new Call(code, value));
  }

  private static String args(List<String> values) {
    List<String> out = new ArrayList<>(values.size());
    for (String value : values) {
      out.add(JavaLiterals.string(value));
    }
    return String.join(", ", out);
  }

  private static Object constant(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
