package io.journeydsl.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeydsl.JourneyDslException;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.spi.JourneyTransport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids and names of the org's objects, collection by collection, read through the transport (all
 * pages) the first time a collection is asked for and kept for the life of the directory (one query).
 * Names are read at the catalogue's name field, so every collection is read the same way.
 */
final class OrgDirectory {
  private static final ObjectMapper JSON = JourneyJson.mapper();

  private final JourneyTransport transport;
  private final Map<ApiCollection, Map<String, String>> namesById = new EnumMap<>(ApiCollection.class);

  OrgDirectory(JourneyTransport transport) {
    this.transport = transport;
  }

  /** The id of the one object of {@code collection} called {@code name}. */
  String idOf(ApiCollection collection, String name) {
    List<String> ids = new ArrayList<>();
    namesById(collection).forEach((id, n) -> {
      if (n.equals(name)) {
        ids.add(id);
      }
    });
    if (ids.isEmpty()) {
      throw new JourneyDslException("no " + collection.label() + " named '" + name + "' in the org");
    }
    if (ids.size() > 1) {
      throw new JourneyDslException(ids.size() + " " + collection.label() + "s named '" + name
          + "' in the org (ids " + String.join(", ", ids) + "); refer to one by id");
    }
    return ids.get(0);
  }

  /** Every object of {@code collection} in the org: id to name, in listing order. */
  Map<String, String> namesById(ApiCollection collection) {
    return namesById.computeIfAbsent(collection, this::read);
  }

  private Map<String, String> read(ApiCollection collection) {
    return read(collection, collection.entityType());
  }

  private <T> Map<String, String> read(ApiCollection collection, Class<T> type) {
    Endpoints<T, ?> endpoints = new Endpoints<>(transport, collection, type);
    Map<String, String> out = new LinkedHashMap<>();
    Pages.<T>stream(null, () -> endpoints.list(query -> {}),
        number -> endpoints.list(query -> query.queryParameter("pageNumber", number)))
        .forEach(entity -> {
          JsonNode json = JSON.valueToTree(entity);
          String id = json.path("id").asText(null);
          String name = json.path(collection.nameField()).asText(null);
          if (id != null && name != null) {
            out.put(id, name);
          }
        });
    return out;
  }
}
