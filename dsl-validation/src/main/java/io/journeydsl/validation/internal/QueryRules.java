package io.journeydsl.validation.internal;

import io.journeydsl.actiontemplate.ActionTemplateState;
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
 * Paths are the parameter names.
 */
public final class QueryRules {
  private static final Pattern SORT_FIELD = Pattern.compile("-?[A-Za-z_][A-Za-z0-9_.]*");
  private static final List<String> PAGING_SORTING_QUERYING = List.of("pageNumber", "pageSize", "sortBy", "queryFields", "queryValue");
  private static final List<String> WITH_FILTERING = List.of("pageNumber", "pageSize", "sortBy", "filterField", "filterValue", "queryFields", "queryValue");

  /** A list endpoint and its id-list parameter. */
  public enum Endpoint {
    /** {@code GET /api/v2/journey/segments}. */
    SEGMENTS("segmentIds", 100, PAGING_SORTING_QUERYING, null),
    /** {@code GET /api/v2/journey/outcomes} (deprecated). */
    OUTCOMES("outcomeIds", 20, PAGING_SORTING_QUERYING, Rule.DEPRECATED_OUTCOMES_ENDPOINT),
    /** {@code GET /api/v2/journey/actionmaps}. */
    ACTION_MAPS("actionMapIds", 100, WITH_FILTERING, null),
    /** {@code GET /api/v2/journey/actiontemplates}. */
    ACTION_TEMPLATES(null, 0, List.of(), null),
    /** {@code GET /api/v2/journey/actiontargets} (deprecated). */
    ACTION_TARGETS(null, 0, List.of(), Rule.DEPRECATED_ACTION_TARGETS_ENDPOINT);

    private final @Nullable String ids;
    private final int maxIds;
    private final List<String> exclusiveWithIds;
    private final @Nullable Rule deprecation;

    Endpoint(@Nullable String ids, int maxIds, List<String> exclusiveWithIds, @Nullable Rule deprecation) {
      this.ids = ids;
      this.maxIds = maxIds;
      this.exclusiveWithIds = exclusiveWithIds;
      this.deprecation = deprecation;
    }

    /** The deprecation warning of the endpoint, if it is deprecated. */
    public @Nullable Rule deprecation() {
      return deprecation;
    }
  }

  private QueryRules() {}

  /** The violations of these query parameters of {@code endpoint}. */
  public static List<Violation> check(Endpoint endpoint, Map<String, List<String>> params) {
    List<Violation> out = new ArrayList<>();
    if (endpoint.deprecation != null) {
      out.add(endpoint.deprecation.at("", null));
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
    boolean hasFields = !values(params, "queryFields").isEmpty();
    boolean hasValue = first(params, "queryValue") != null;
    if (hasFields && !hasValue) {
      out.add(Rule.QUERY_FIELDS_NEED_VALUE.at("queryFields", values(params, "queryFields")));
    } else if (hasValue && !hasFields) {
      out.add(Rule.QUERY_VALUE_NEEDS_FIELDS.at("queryValue", first(params, "queryValue")));
    }
    boolean hasFilterField = first(params, "filterField") != null;
    boolean hasFilterValue = first(params, "filterValue") != null;
    if (hasFilterField && !hasFilterValue) {
      out.add(Rule.QUERY_FILTER_FIELD_NEEDS_VALUE.at("filterField", first(params, "filterField")));
    } else if (hasFilterValue && !hasFilterField) {
      out.add(Rule.QUERY_FILTER_VALUE_NEEDS_FIELD.at("filterValue", first(params, "filterValue")));
    }
    known(params, "mediaType", MediaType.class, out);
    known(params, "state", ActionTemplateState.class, out);
    if (endpoint.ids != null) {
      ids(endpoint, params, out);
    }
    return out;
  }

  private static void ids(Endpoint endpoint, Map<String, List<String>> params, List<Violation> out) {
    List<String> ids = values(params, endpoint.ids);
    if (ids.isEmpty()) {
      return;
    }
    if (ids.size() > endpoint.maxIds) {
      out.add(Rule.QUERY_IDS_TOO_MANY.at(endpoint.ids, ids.size(), Map.of("max", endpoint.maxIds)));
    }
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i) == null || ids.get(i).isBlank()) {
        out.add(Rule.QUERY_IDS_BLANK.at(endpoint.ids + "[" + i + "]", ids.get(i)));
      }
    }
    List<String> others = endpoint.exclusiveWithIds.stream().filter(p -> !values(params, p).isEmpty()).toList();
    if (!others.isEmpty()) {
      out.add(Rule.QUERY_IDS_EXCLUSIVE.at(endpoint.ids, null, Map.of("ids", endpoint.ids, "other", others)));
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
