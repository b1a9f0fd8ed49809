package io.journeydsl.deploy.export.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.Ref;
import io.journeydsl.catalog.ReferenceSite;
import io.journeydsl.deploy.export.ExportNote;
import java.util.List;
import java.util.Map;

/**
 * Rewrites the ids at one reference site of one exported object as {@code ${kind:name}} references.
 * An id becomes a name only when it names exactly one exported object with a usable name; otherwise
 * it stays an id, so the exported configuration still points where the org's object pointed.
 */
final class References {
  private References() {}

  static void rewrite(ReferenceSite site, ObjectNode owner, String where, Map<String, String> nameById,
      Map<String, Integer> nameCounts, boolean targetRead, List<ExportNote> notes) {
    Ref.Kind kind = Ref.Kind.of(site.target()).orElseThrow();
    for (ReferenceSite.Occurrence found : site.find(owner)) {
      String id = found.value();
      if (Ref.isPlaceholder(id)) {
        continue;
      }
      String name = nameById.get(id);
      String path = where + "." + found.path();
      if (name == null) {
        notes.add(new ExportNote(path, targetRead
            ? "refers to " + id + ", which is no exported " + site.target().label() + ": kept as an id"
            : "refers to " + site.target().label() + " " + id + ", whose collection was not read: kept as an id"));
      } else if (!ConfigAssembler.nameable(name) || nameCounts.getOrDefault(name, 0) > 1) {
        notes.add(new ExportNote(path, "refers to " + site.target().label() + " " + id
            + ", whose name does not identify it: kept as an id"));
      }
    }
    site.rewrite(owner, id -> {
      String name = nameById.get(id);
      if (Ref.isPlaceholder(id) || !ConfigAssembler.nameable(name) || nameCounts.getOrDefault(name, 0) > 1) {
        return id;
      }
      return "${" + kind.prefix() + ":" + name + "}";
    });
    if (!site.path().contains("[]") && site.path().endsWith(".id")) {
      dropLinkBesideName(owner, site.path());
    }
  }

  /**
   * The server's {@code selfUri} beside an id that became a name is a link to that id: it is not
   * configuration, and it would keep the reference from reading as the DSL's typed form.
   */
  private static void dropLinkBesideName(ObjectNode owner, String path) {
    String[] steps = path.split("\\.");
    JsonNode node = owner;
    for (int i = 0; i < steps.length - 1 && node != null; i++) {
      node = node.get(steps[i]);
    }
    if (node instanceof ObjectNode parent && Ref.isPlaceholder(parent.path(steps[steps.length - 1]).asText(null))) {
      parent.remove("selfUri");
    }
  }
}
