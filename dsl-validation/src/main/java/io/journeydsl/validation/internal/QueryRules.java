package io.journeydsl.validation.internal;

import io.journeydsl.actiontemplate.ActionTemplateState;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.model.MediaType;
import io.journeydsl.validation.Violation;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The query parameter rules of the five list endpoints, over the parameters as they go on the wire
 * (name to values, in API order), so that the typed queries and a raw operation are checked alike.
 * The facts (id-list parameter and limit, the parameters exclusive with it, pairs, deprecation) are
 * the catalogue's ({@link ApiCollection}). Paths are the parameter names.
 */
public final class QueryRules {
  private static final Pattern SORT_FIELD = Pattern.compile("-?[A-Za-z_][A-Za-z0-9_.]*");
  /** The rule reported when one parameter of a pair comes without the other, by the parameter present. */
  private static final Map<String, Rule> UNPAIRED = Map.of(
      "queryFields", Rule.QUERY_FIELDS_NEED_VALUE,
      "queryValue", Rule.QUERY_VALUE_NEEDS_FIELDS,
      "filterField", Rule.QUERY_FILTER_FIELD_NEEDS_VALUE,
      "filterValue", Rule.QUERY_FILTER_VALUE_NEEDS_FIELD);

  private QueryRules() {}

  /** The violations of these query parameters of an operation of {@code collection}. */
  public static List<Violation> check(ApiCollection collection, Map<String, List<String>> params) {
    List<Violation> out = new ArrayList<>();
    if (collection.deprecated()) {
      out.add(deprecationWarning(collection).at("", null));
    }
    positive(params, "pageNumber", Rule.QUERY_PAGE_NUMBER, out);
    positive(params, "pageSize", Rule.QUERY_PAGE_SIZE, out);
    bool(params, "isActive", out);
    bool(params, "hardDelete", out);
    String sortBy = first(params, "sortBy");
    if (sortBy != null) {
      for (String field : sortBy.split(",", -1)) {
        if (!SORT_FIELD.matcher(field.trim()).matches()) {
          out.add(Rule.QUERY_SORT_BY.at("sortBy", sortBy));
          break;
        }
      }
    }
    for (List<String> pair : collection.pairedParameters()) {
      unpaired(collection, params, pair.get(0), pair.get(1), out);
      unpaired(collection, params, pair.get(1), pair.get(0), out);
    }
    known(params, "mediaType", MediaType.class, out);
    known(params, "state", ActionTemplateState.class, out);
    collection.idListParameter().ifPresent(ids -> ids(collection, ids, params, out));
    return out;
  }

  /** The warning of a collection the catalogue marks deprecated. */
  private static Rule deprecationWarning(ApiCollection collection) {
    return switch (collection) {
      case OUTCOMES -> Rule.DEPRECATED_OUTCOMES_ENDPOINT;
      case ACTION_TARGETS -> Rule.DEPRECATED_ACTION_TARGETS_ENDPOINT;
      default -> throw new IllegalStateException("no deprecation warning for " + collection);
    };
  }

  private static void unpaired(ApiCollection collection, Map<String, List<String>> params, String present,
      String partner, List<Violation> out) {
    if (!values(params, present).isEmpty() && values(params, partner).isEmpty()) {
      Object value = collection.multiValued(present) ? values(params, present) : first(params, present);
      out.add(UNPAIRED.get(present).at(present, value));
    }
  }

  private static void ids(ApiCollection collection, String name, Map<String, List<String>> params,
      List<Violation> out) {
    List<String> ids = values(params, name);
    if (ids.isEmpty()) {
      return;
    }
    int max = collection.idListLimit();
    if (ids.size() > max) {
      out.add(Rule.QUERY_IDS_TOO_MANY.at(name, ids.size(), Map.of("max", max)));
    }
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i) == null || ids.get(i).isBlank()) {
        out.add(Rule.QUERY_IDS_BLANK.at(name + "[" + i + "]", ids.get(i)));
      }
    }
    List<String> others = collection.exclusiveWithIds().stream().filter(p -> !values(params, p).isEmpty()).toList();
    if (!others.isEmpty()) {
      out.add(Rule.QUERY_IDS_EXCLUSIVE.at(name, null, Map.of("ids", name, "other", others)));
    }
  }

  private static void positive(Map<String, List<String>> params, String name, Rule rule, List<Violation> out) {
    String value = first(params, name);
    if (value == null) {
      return;
    }
    try {
      if (Integer.parseInt(value.trim()) < 1) {
        out.add(rule.at(name, value));
      }
    } catch (NumberFormatException e) {
      out.add(Rule.QUERY_PARAMETER_TYPE.at(name, value, Map.of("type", "integer")));
    }
  }

  private static void bool(Map<String, List<String>> params, String name, List<Violation> out) {
    String value = first(params, name);
    if (value != null && !value.equals("true") && !value.equals("false")) {
      out.add(Rule.QUERY_PARAMETER_TYPE.at(name, value, Map.of("type", "boolean")));
    }
  }

  private static void known(Map<String, List<String>> params, String name, Class<?> type, List<Violation> out) {
    String value = first(params, name);
    if (value == null) {
      return;
    }
    boolean isKnown = type == ActionTemplateState.class ? ActionTemplateState.of(value).isKnown() : MediaType.of(value).isKnown();
    if (!isKnown) {
      List<?> known = type == ActionTemplateState.class ? ActionTemplateState.knownValues() : MediaType.knownValues();
      out.add(Rule.FIELD_ENUM_UNKNOWN.at(name, value, Map.of("known", known)));
    }
  }

  private static List<String> values(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null ? List.of() : values;
  }

  private static @Nullable String first(Map<String, List<String>> params, String name) {
    List<String> values = values(params, name);
    return values.isEmpty() ? null : values.get(0);
  }
}
