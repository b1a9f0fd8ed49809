package io.journeydsl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.catalog.ReferenceSite;
import io.journeydsl.json.JourneyJson;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finds and rewrites the references of a {@link JourneyConfig} at the catalogue's
 * {@link ReferenceSite}s, on the wire JSON of each owning object, so that a site added to the
 * catalogue is listed and resolved here without a change.
 */
final class ConfigReferences {
  private static final ObjectMapper JSON = JourneyJson.mapper();

  private ConfigReferences() {}

  static List<BundleReference> list(JourneyConfig config) {
    List<BundleReference> refs = new ArrayList<>();
    for (ActionMap map : config.actionMaps()) {
      String base = "actionMaps[" + map.displayName() + "]";
      ObjectNode json = JSON.valueToTree(map);
      for (ReferenceSite site : ReferenceSite.of(ApiCollection.ACTION_MAPS)) {
        Ref.Kind kind = Ref.Kind.of(site.target()).orElseThrow();
        for (ReferenceSite.Occurrence found : site.find(json)) {
          refs.add(new BundleReference(base + "." + found.path(), reference(kind, found.value())));
        }
      }
    }
    return refs;
  }

  private static Ref<?> reference(Ref.Kind kind, String wire) {
    // A placeholder of another kind is kept as a reference of that kind: the validator reports the mismatch.
    return Ref.parse(kind, wire).orElseGet(() -> Ref.parse(Ref.kindOfPlaceholder(wire).orElseThrow(), wire).orElseThrow());
  }

  static JourneyConfig resolve(JourneyConfig config, Function<Ref<?>, String> idOf) {
    List<ActionMap> maps = new ArrayList<>(config.actionMaps().size());
    for (ActionMap map : config.actionMaps()) {
      maps.add(resolve(map, idOf));
    }
    return JourneyConfig.builder().from(config).actionMaps(maps).build();
  }

  private static ActionMap resolve(ActionMap map, Function<Ref<?>, String> idOf) {
    ObjectNode json = JSON.valueToTree(map);
    boolean changed = false;
    for (ReferenceSite site : ReferenceSite.of(ApiCollection.ACTION_MAPS)) {
      Ref.Kind kind = Ref.Kind.of(site.target()).orElseThrow();
      for (ReferenceSite.Occurrence found : site.find(json)) {
        changed |= !resolved(kind, found.value(), idOf).equals(found.value());
      }
      site.rewrite(json, wire -> resolved(kind, wire, idOf));
    }
    return changed ? JSON.convertValue(json, ActionMap.class) : map;
  }

  private static String resolved(Ref.Kind kind, String wire, Function<Ref<?>, String> idOf) {
    if (!Ref.isPlaceholder(wire)) {
      return wire;
    }
    return Ref.parse(kind, wire).map(ref -> {
      String id = idOf.apply(ref);
      return id == null ? wire : id;
    }).orElse(wire);
  }
}
