package io.journeydsl.deploy.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.deploy.Change;
import io.journeydsl.deploy.ChangeAction;
import io.journeydsl.deploy.FieldChange;
import io.journeydsl.deploy.Plan;
import io.journeydsl.validation.Violation;
import java.io.UncheckedIOException;

/**
 * The JSON form of a plan, schema {@code journey-plan/1} (documented in docs/deploy.md). Every key
 * is always present, in this order, so scripts can rely on the shape; a later incompatible change
 * gets a new schema name.
 */
final class PlanJson {
  static final String SCHEMA = "journey-plan/1";

  private PlanJson() {}

  static String render(Plan plan) {
    ObjectNode root = Wire.JSON.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("hasChanges", plan.hasChanges());
    ObjectNode summary = root.putObject("summary");
    for (ChangeAction action : ChangeAction.values()) {
      summary.put(action.word(), plan.count(action));
    }
    ArrayNode changes = root.putArray("changes");
    for (Change change : plan.changes()) {
      ObjectNode node = changes.addObject();
      node.put("action", change.action().word());
      node.put("collection", change.collection().bundleKey());
      node.put("name", change.name());
      node.put("id", change.id());
      ArrayNode fields = node.putArray("fields");
      for (FieldChange field : change.fields()) {
        ObjectNode f = fields.addObject();
        f.put("field", field.field());
        f.set("before", parse(field.before()));
        f.set("after", parse(field.after()));
      }
    }
    ArrayNode warnings = root.putArray("warnings");
    for (Violation warning : plan.validation().warnings()) {
      warnings.addObject().put("path", warning.path()).put("code", warning.code()).put("message", warning.message());
    }
    try {
      return Wire.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String json) {
    if (json == null) {
      return NullNode.getInstance();
    }
    try {
      return Wire.JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
