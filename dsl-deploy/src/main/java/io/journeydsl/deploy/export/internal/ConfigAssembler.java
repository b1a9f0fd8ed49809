package io.journeydsl.deploy.export.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.JourneyConfig;
import io.journeydsl.actiontemplate.ActionTemplateState;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.catalog.ReferenceSite;
import io.journeydsl.deploy.export.ExportNote;
import io.journeydsl.json.JourneyJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the objects read from an org into a configuration: server-assigned fields dropped, ids at
 * the catalogue's reference sites replaced with {@code ${kind:name}} where they name exactly one
 * exported object, and every kind sorted by name (then id) so the same org always exports the same
 * text. Whatever cannot be made a reference stays a plain id, with a note saying why.
 */
final class ConfigAssembler {
  private static final ObjectMapper JSON = JourneyJson.mapper();

  /** One object as read: its wire JSON, and the name and id it is sorted and referred to by. */
  private record Read(String name, String id, ObjectNode json) {}

  private static final Comparator<Read> BY_NAME_THEN_ID = Comparator
      .comparing((Read r) -> r.name() == null ? "" : r.name())
      .thenComparing(r -> r.id() == null ? "" : r.id());

  private ConfigAssembler() {}

  /** The configuration of these objects, read by {@link OrgReader}; what was left out or kept as an id goes to {@code notes}. */
  static JourneyConfig assemble(Map<ApiCollection, List<?>> objects, List<ExportNote> notes) {
    Map<ApiCollection, List<Read>> read = new HashMap<>();
    Map<ApiCollection, Map<String, String>> nameById = new HashMap<>();
    Map<ApiCollection, Map<String, Integer>> nameCounts = new HashMap<>();
    for (ApiCollection collection : OrgReader.bundleCollections()) {
      List<Read> kept = new ArrayList<>();
      Map<String, String> names = new HashMap<>();
      Map<String, Integer> counts = new TreeMap<>();
      for (Object object : objects.getOrDefault(collection, List.of())) {
        ObjectNode json = JSON.valueToTree(object);
        String name = json.path(collection.nameField()).asText(null);
        String id = json.path("id").asText(null);
        if (collection == ApiCollection.ACTION_TEMPLATES
            && ActionTemplateState.DELETED.value().equals(json.path("state").asText(null))) {
          // A soft-deleted template is not configuration; exporting it would bring it back on apply.
          notes.add(new ExportNote(collection.bundleKey() + "[" + name + "]", "soft-deleted (state Deleted): not exported"));
          continue;
        }
        kept.add(new Read(name, id, json));
        if (id != null && name != null) {
          names.put(id, name);
          counts.merge(name, 1, Integer::sum);
        }
      }
      counts.forEach((name, count) -> {
        if (count > 1) {
          notes.add(new ExportNote(collection.bundleKey() + "[" + name + "]", count + " " + collection.label()
              + "s in the org have this name: references to them are kept as ids"));
        }
      });
      kept.sort(BY_NAME_THEN_ID);
      read.put(collection, kept);
      nameById.put(collection, names);
      nameCounts.put(collection, counts);
    }
    ObjectNode bundle = JSON.createObjectNode();
    for (ApiCollection collection : OrgReader.bundleCollections()) {
      List<Read> list = read.get(collection);
      if (list.isEmpty()) {
        continue;
      }
      ArrayNode array = bundle.putArray(collection.bundleKey());
      for (Read object : list) {
        String where = collection.bundleKey() + "[" + object.name() + "]";
        for (ReferenceSite site : ReferenceSite.of(collection)) {
          References.rewrite(site, object.json(), where, nameById.get(site.target()), nameCounts.get(site.target()),
              objects.containsKey(site.target()), notes);
        }
        for (String field : collection.serverFields()) {
          object.json().remove(field);
        }
        array.add(object.json());
      }
    }
    return JSON.convertValue(bundle, JourneyConfig.class);
  }

  /** Whether {@code name} can stand in a placeholder: present and not blank, as {@link io.journeydsl.Ref} requires. */
  static boolean nameable(String name) {
    return name != null && !name.isBlank();
  }
}
