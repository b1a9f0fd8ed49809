package io.journeydsl.testkit.internal.core;

import io.journeydsl.catalog.ApiCollection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.actiontemplate.ActionTemplateState;
import io.journeydsl.model.MediaType;
import io.journeydsl.json.JourneyJson;
import jakarta.annotation.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The list endpoints: id lists, filters, fuzzy query, multi-key sort and 1-based paging with the
 * exact Genesys envelope. Which parameter lists ids, how many it takes, which parameters go in pairs
 * and which are refused next to an id list are the catalogue's facts ({@link ApiCollection}). The
 * caller holds the store's read lock.
 */
final class Listings {
  static final int DEFAULT_PAGE_SIZE = 25;
  static final int MAX_PAGE_SIZE = 100;
  private static final ObjectMapper JSON = JourneyJson.mapper();

  private final Store store;

  Listings(Store store) {
    this.store = store;
  }

  ObjectNode list(ApiCollection collection, Map<String, List<String>> raw) {
    QueryParameters query = new QueryParameters(raw);
    for (List<String> pair : collection.pairedParameters()) {
      query.paired(pair.get(0), pair.get(1));
    }
    Optional<String> idParameter = collection.idListParameter();
    if (idParameter.isPresent() && query.has(idParameter.get())) {
      return byIds(collection, query, idParameter.get());
    }
    int pageNumber = query.integer("pageNumber", 1, 1, Integer.MAX_VALUE);
    int pageSize = query.integer("pageSize", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    List<ObjectNode> matching = filter(collection, query);
    sort(collection, matching, query.single("sortBy"));
    int total = matching.size();
    int pageCount = (total + pageSize - 1) / pageSize;
    long from = (long) (pageNumber - 1) * pageSize;
    List<ObjectNode> page = from >= total ? List.of()
        : matching.subList((int) from, (int) Math.min(total, from + pageSize));
    Map<String, String> keep = keptParameters(collection, query);
    ObjectNode listing = envelope(page, pageSize, pageNumber, total, pageCount);
    listing.put("firstUri", uri(collection, keep, pageSize, 1));
    listing.put("selfUri", uri(collection, keep, pageSize, pageNumber));
    if (pageNumber < pageCount) {
      listing.put("nextUri", uri(collection, keep, pageSize, pageNumber + 1));
    }
    if (pageNumber > 1) {
      listing.put("previousUri", uri(collection, keep, pageSize, pageNumber - 1));
    }
    listing.put("lastUri", uri(collection, keep, pageSize, Math.max(1, pageCount)));
    listing.put("pageCount", pageCount);
    return listing;
  }

  private ObjectNode byIds(ApiCollection collection, QueryParameters query, String idParameter) {
    for (String other : collection.exclusiveWithIds()) {
      if (query.has(other)) {
        throw ApiError.badField(idParameter, "invalid.value", "Query parameter '" + idParameter
            + "' is not compatible with pagination, filtering, sorting or querying ('" + other + "')");
      }
    }
    List<String> ids = query.list(idParameter);
    int limit = collection.idListLimit();
    if (ids.size() > limit) {
      throw ApiError.badField(idParameter, "invalid.value",
          "A maximum of " + limit + " ids are allowed per request in '" + idParameter + "', got " + ids.size());
    }
    Set<String> wanted = Set.copyOf(ids);
    List<ObjectNode> found = new ArrayList<>();
    for (ObjectNode node : store.view(collection)) {
      if (wanted.contains(node.get("id").asText()) && visible(collection, node, null)) {
        found.add(node.deepCopy());
      }
    }
    if (collection == ApiCollection.SEGMENTS && query.has("isActive")) {
      Boolean active = query.bool("isActive");
      found.removeIf(node -> !isActive(node, active));
    }
    ObjectNode listing = envelope(found, Math.max(1, found.size()), 1, found.size(), found.isEmpty() ? 0 : 1);
    String self = collection.path() + "?" + ids.stream().map(id -> idParameter + "=" + encode(id))
        .collect(Collectors.joining("&"));
    listing.put("firstUri", self);
    listing.put("selfUri", self);
    listing.put("lastUri", self);
    listing.put("pageCount", found.isEmpty() ? 0 : 1);
    return listing;
  }

  private List<ObjectNode> filter(ApiCollection collection, QueryParameters query) {
    Boolean active = collection == ApiCollection.SEGMENTS ? query.bool("isActive") : null;
    String mediaType = collection == ApiCollection.ACTION_TEMPLATES ? enumValue(query, "mediaType", MediaType.knownValues()) : null;
    String state = collection == ApiCollection.ACTION_TEMPLATES ? enumValue(query, "state", ActionTemplateState.knownValues()) : null;
    List<String> queryFields = query.list("queryFields");
    String queryValue = query.single("queryValue");
    String filterField = query.single("filterField");
    String filterValue = query.single("filterValue");
    if (!queryFields.isEmpty()) {
      for (String field : queryFields) {
        checkField(collection, field, "queryFields");
      }
    }
    if (filterField != null) {
      checkField(collection, filterField, "filterField");
    }
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode node : store.view(collection)) {
      if (!visible(collection, node, state)) {
        continue;
      }
      if (active != null && !isActive(node, active)) {
        continue;
      }
      if (mediaType != null && !mediaType.equals(text(node.get("mediaType")))) {
        continue;
      }
      if (queryValue != null && !fuzzyMatch(node, queryFields, queryValue)) {
        continue;
      }
      if (filterField != null && !JsonPaths.values(node, filterField).contains(filterValue)) {
        continue;
      }
      out.add(node.deepCopy());
    }
    return out;
  }

  /** Soft-deleted action templates show only when {@code state=Deleted} is asked for. */
  private static boolean visible(ApiCollection collection, JsonNode node, @Nullable String state) {
    if (collection != ApiCollection.ACTION_TEMPLATES) {
      return true;
    }
    String actual = text(node.get("state"));
    if (state != null) {
      return state.equals(actual);
    }
    return !"Deleted".equals(actual);
  }

  private static boolean isActive(JsonNode node, Boolean wanted) {
    JsonNode value = node.get("isActive");
    return value != null && value.isBoolean() && value.asBoolean() == wanted;
  }

  private static boolean fuzzyMatch(JsonNode node, List<String> fields, String value) {
    String needle = value.toLowerCase(Locale.ROOT);
    for (String field : fields) {
      for (String text : JsonPaths.values(node, field)) {
        if (text.toLowerCase(Locale.ROOT).contains(needle)) {
          return true;
        }
      }
    }
    return false;
  }

  private static @Nullable String enumValue(QueryParameters query, String name, List<?> known) {
    String value = query.single(name);
    if (value == null) {
      return null;
    }
    List<String> allowed = known.stream().map(Object::toString).collect(Collectors.toList());
    if (!allowed.contains(value)) {
      throw ApiError.badField(name, "invalid.value", "Value [" + value + "] is not valid for query parameter ["
          + name + "]. Allowable values are: " + String.join(", ", allowed));
    }
    return value;
  }

  /** A dotted field path must start with a wire field of the entity. */
  private static void checkField(ApiCollection collection, String path, String parameter) {
    String first = path.split("\\.", -1)[0];
    if (!EntityFields.of(collection).contains(first)) {
      throw ApiError.badField(parameter, "invalid.value", "'" + path + "' is not a field of " + collection.label()
          + "s; known fields: " + String.join(", ", EntityFields.of(collection)));
    }
  }

  private static void sort(ApiCollection collection, List<ObjectNode> nodes, @Nullable String sortBy) {
    if (sortBy == null || sortBy.isBlank()) {
      return;
    }
    Comparator<ObjectNode> order = null;
    for (String raw : sortBy.split(",", -1)) {
      String key = raw.trim();
      boolean descending = key.startsWith("-");
      String field = descending ? key.substring(1) : key;
      if (field.isEmpty() || !EntityFields.of(collection).contains(field)) {
        throw ApiError.badField("sortBy", "invalid.value", "Cannot sort " + collection.label() + "s by '" + key
            + "'; known fields: " + String.join(", ", EntityFields.of(collection)));
      }
      Comparator<ObjectNode> one = (a, b) -> compare(a.get(field), b.get(field));
      if (descending) {
        one = one.reversed();
      }
      order = order == null ? one : order.thenComparing(one);
    }
    nodes.sort(order);
  }

  /** Nulls last; numbers numerically; booleans false first; text case-insensitively, then exactly. */
  private static int compare(@Nullable JsonNode a, @Nullable JsonNode b) {
    boolean aMissing = a == null || a.isNull();
    boolean bMissing = b == null || b.isNull();
    if (aMissing || bMissing) {
      return Boolean.compare(aMissing, bMissing);
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    if (a.isBoolean() && b.isBoolean()) {
      return Boolean.compare(a.asBoolean(), b.asBoolean());
    }
    String x = a.isValueNode() ? a.asText() : a.toString();
    String y = b.isValueNode() ? b.asText() : b.toString();
    int folded = x.compareToIgnoreCase(y);
    return folded != 0 ? folded : x.compareTo(y);
  }

  private static ObjectNode envelope(List<ObjectNode> page, int pageSize, int pageNumber, long total, int pageCount) {
    ObjectNode listing = JSON.createObjectNode();
    ArrayNode entities = listing.putArray("entities");
    page.forEach(entities::add);
    listing.put("pageSize", pageSize);
    listing.put("pageNumber", pageNumber);
    listing.put("total", total);
    return listing;
  }

  private static Map<String, String> keptParameters(ApiCollection collection, QueryParameters query) {
    Map<String, String> keep = new LinkedHashMap<>();
    for (String name : List.of("sortBy", "isActive", "mediaType", "state", "filterField", "filterValue", "queryValue")) {
      String value = query.has(name) ? query.single(name) : null;
      if (value != null) {
        keep.put(name, value);
      }
    }
    if (query.has("queryFields")) {
      keep.put("queryFields", String.join(",", query.list("queryFields")));
    }
    return keep;
  }

  private static String uri(ApiCollection collection, Map<String, String> keep, int pageSize, int pageNumber) {
    StringBuilder out = new StringBuilder(collection.path()).append("?pageSize=").append(pageSize)
        .append("&pageNumber=").append(pageNumber);
    keep.forEach((name, value) -> out.append('&').append(name).append('=').append(encode(value)));
    return out.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
