package io.journeydsl.deploy.export.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.JourneyConfig;
import io.journeydsl.Ref;
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

/**
 * Turns the objects read from an org into a configuration: server-assigned fields dropped, ids at
 * the catalogue's reference sites replaced with {@code ${kind:name}} where they name exactly one
 * exported object, and every kind sorted by name (then id) so the same org always exports the same
 * text. Whatever cannot be made a reference stays a plain id, with a note saying why.
 */
final class ConfigAssembler {
  private static final ObjectMapper JSON = JourneyJson.mapper();
  private static final Comparator<ObjectNode> BY_NAME_THEN_ID = Comparator
      .<ObjectNode, String>comparing(n -> n.path("$name").asText(""))
      .thenComparing(n -> n.path("$id").asText(""));

  private ConfigAssembler() {}

  /** The configuration of these objects, read by {@link OrgReader}; what was left out or kept as an id goes to {@code notes}. */
  static JourneyConfig assemble(Map<ApiCollection, List<?>> objects, List<ExportNote> notes) {
    Map<ApiCollection, List<ObjectNode>> nodes = new HashMap<>();
    Map<ApiCollection, Map<String, String>> nameById = new HashMap<>();
    Map<ApiCollection, Map<String, Integer>> nameCounts = new HashMap<>();
    for (Map.Entry<ApiCollection, List<?>> entry : objects.entrySet()) {
      ApiCollection collection = entry.getKey();
      List<ObjectNode> kept = new ArrayList<>();
      for (Object object : entry.getValue()) {
        ObjectNode node = JSON.valueToTree(object);
        String name = node.path(collection.nameField()).asText(null);
        String id = node.path("id").asText(null);
        if (collection == ApiCollection.ACTION_TEMPLATES
            && ActionTemplateState.DELETED.value().equals(node.path("state").asText(null))) {
          // A soft-deleted template is not configuration; exporting it would bring it back on apply.
          notes.add(new ExportNote(collection.bundleKey() + "[" + name + "]", "soft-deleted (state Deleted): not exported"));
          continue;
        }
        // Sort keys travel with the node and are removed before the node becomes a model object.
        node.put("$name", name == null ? "" : name);
        node.put("$id", id == null ? "" : id);
        kept.add(node);
        if (id != null && name != null) {
          nameById.computeIfAbsent(collection, c -> new HashMap<>()).put(id, name);
          nameCounts.computeIfAbsent(collection, c -> new HashMap<>()).merge(name, 1, Integer::sum);
        }
      }
      kept.sort(BY_NAME_THEN_ID);
      nodes.put(collection, kept);
    }
    for (Map.Entry<ApiCollection, Map<String, Integer>> counts : nameCounts.entrySet()) {
      counts.getValue().forEach((name, count) -> {
        if (count > 1) {
          notes.add(new ExportNote(counts.getKey().bundleKey() + "[" + name + "]", count + " " + counts.getKey().label()
              + "s in the org have this name: references to them are kept as ids"));
        }
      });
    }
    ObjectNode bundle = JSON.createObjectNode();
    for (ApiCollection collection : OrgReader.bundleCollections()) {
      List<ObjectNode> list = nodes.getOrDefault(collection, List.of());
      if (list.isEmpty()) {
        continue;
      }
      ArrayNode array = bundle.putArray(collection.bundleKey());
      for (ObjectNode node : list) {
        String where = collection.bundleKey() + "[" + node.path("$name").asText() + "]";
        node.remove("$name");
        node.remove("$id");
        for (ReferenceSite site : ReferenceSite.of(collection)) {
          References.rewrite(site, node, where, nameById.getOrDefault(site.target(), Map.of()),
              nameCounts.getOrDefault(site.target(), Map.of()), objects.containsKey(site.target()), notes);
        }
        for (String field : collection.serverFields()) {
          node.remove(field);
        }
        array.add(node);
      }
    }
    return JSON.convertValue(bundle, JourneyConfig.class);
  }

  /** Whether {@code name} can stand in a placeholder: present, not blank, and {@link Ref} accepts it. */
  static boolean nameable(String name) {
    return name != null && !name.isBlank();
  }

}
