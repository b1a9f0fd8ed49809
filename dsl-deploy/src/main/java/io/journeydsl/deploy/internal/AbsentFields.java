package io.journeydsl.deploy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.catalog.ApiCollection;
import java.util.Map;

/**
 * What a field the configuration leaves out means when the org object has it. By default the
 * configuration is the whole truth, so the update clears it. Two kinds of field are different:
 *
 * <ul>
 *   <li>fields the API fills itself when a create leaves them out (a segment's {@code color},
 *       {@code context} and {@code journey}: "Defaults if not provided" in the API reference; and
 *       {@code shouldDisplayToAgent}, which the Terraform provider marks Computed): the org's value
 *       stands, as Terraform leaves an unset Computed attribute alone;</li>
 *   <li>fields with a documented default (Terraform's defaults: {@code isActive} true,
 *       {@code weight} 2, {@code ignoreFrequencyCap} false, an outcome's {@code isPositive} true):
 *       left out means the default, so an org value equal to it is no change and any other value is
 *       set back to it, never cleared.</li>
 * </ul>
 */
final class AbsentFields {
  /** Marks a field the API chooses when it is not given. */
  private static final JsonNode SERVER_CHOSEN = null;

  private static final Map<ApiCollection, Map<String, JsonNode>> DEFAULTS = Map.of(
      ApiCollection.SEGMENTS, mapOf("isActive", BooleanNode.TRUE, "color", SERVER_CHOSEN,
          "shouldDisplayToAgent", SERVER_CHOSEN, "context", SERVER_CHOSEN, "journey", SERVER_CHOSEN),
      ApiCollection.OUTCOMES, mapOf("isActive", BooleanNode.TRUE, "isPositive", BooleanNode.TRUE),
      ApiCollection.ACTION_MAPS, mapOf("isActive", BooleanNode.TRUE, "weight", IntNode.valueOf(2),
          "ignoreFrequencyCap", BooleanNode.FALSE));

  private AbsentFields() {}

  /**
   * The desired wire JSON with every absent field that has a meaning filled in: the org's value for
   * a server-chosen field, the default for a defaulted one.
   */
  static ObjectNode effective(ApiCollection collection, ObjectNode current, ObjectNode desired) {
    ObjectNode out = desired.deepCopy();
    for (Map.Entry<String, JsonNode> entry : DEFAULTS.getOrDefault(collection, Map.of()).entrySet()) {
      String field = entry.getKey();
      if (out.hasNonNull(field) || !current.hasNonNull(field)) {
        continue;
      }
      out.set(field, entry.getValue() == SERVER_CHOSEN ? current.get(field) : entry.getValue());
    }
    return out;
  }

  private static Map<String, JsonNode> mapOf(Object... pairs) {
    Map<String, JsonNode> map = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (JsonNode) pairs[i + 1]);
    }
    return map;
  }

}
