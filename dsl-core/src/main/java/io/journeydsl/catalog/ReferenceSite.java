package io.journeydsl.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.journeydsl.internal.WireFields;
import io.journeydsl.internal.WireValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Every place where one Journey object holds the id of another: the owning collection, the wire path
 * ({@code []} stands for every element of a list) and the collection referred to. Bundle references,
 * the validator's reference rules, the fake's reference checks and the deployer's ordering all read
 * this list.
 */
public enum ReferenceSite {
  /** {@code triggerWithSegments[]} of an action map: the segments that trigger it. */
  TRIGGER_SEGMENTS(ApiCollection.ACTION_MAPS, "triggerWithSegments[]", ApiCollection.SEGMENTS),
  /** {@code action.actionTemplate.id} of an action map: the template its action shows. */
  ACTION_TEMPLATE(ApiCollection.ACTION_MAPS, "action.actionTemplate.id", ApiCollection.ACTION_TEMPLATES),
  /** {@code triggerWithOutcomeProbabilityConditions[].outcomeId} of an action map. */
  OUTCOME_PROBABILITY(ApiCollection.ACTION_MAPS, "triggerWithOutcomeProbabilityConditions[].outcomeId",
      ApiCollection.OUTCOMES),
  /** {@code triggerWithOutcomePercentileConditions[].outcomeId} of an action map. */
  OUTCOME_PERCENTILE(ApiCollection.ACTION_MAPS, "triggerWithOutcomePercentileConditions[].outcomeId",
      ApiCollection.OUTCOMES),
  /** {@code triggerWithOutcomeQuantileConditions[].outcomeId} of an action map. */
  OUTCOME_QUANTILE(ApiCollection.ACTION_MAPS, "triggerWithOutcomeQuantileConditions[].outcomeId",
      ApiCollection.OUTCOMES);

  /**
   * One reference found in an object.
   *
   * @param site where the reference stands
   * @param path the concrete wire path, list positions filled in ({@code triggerWithSegments[1]})
   * @param value the text found there: an id or a {@code ${kind:name}} placeholder
   */
  public record Occurrence(ReferenceSite site, String path, String value) {}

  private final ApiCollection owner;
  private final String path;
  private final ApiCollection target;
  private final String[] steps;

  ReferenceSite(ApiCollection owner, String path, ApiCollection target) {
    this.owner = owner;
    this.path = path;
    this.target = target;
    this.steps = path.split("\\.");
  }

  /** The collection whose objects hold the reference. */
  public ApiCollection owner() {
    return owner;
  }

  /** The wire path, {@code []} for every element of a list. */
  public String path() {
    return path;
  }

  /** The collection referred to. */
  public ApiCollection target() {
    return target;
  }

  /** The sites held by objects of {@code owner}, in catalogue order. */
  public static List<ReferenceSite> of(ApiCollection owner) {
    List<ReferenceSite> out = new ArrayList<>();
    for (ReferenceSite site : values()) {
      if (site.owner == owner) {
        out.add(site);
      }
    }
    return out;
  }

  /** Every textual value at this site of {@code object} (wire JSON of an owner), in document order. */
  public List<Occurrence> find(JsonNode object) {
    List<Occurrence> out = new ArrayList<>();
    walk(object, 0, "", out, null);
    return out;
  }

  /**
   * Every textual value at this site of {@code object}, a model value of the owner's type, in wire
   * order: the same occurrences as {@link #find(JsonNode)} of its wire JSON, found by walking the model
   * itself (no JSON is written on the way).
   */
  public List<Occurrence> find(Object object) {
    List<Occurrence> out = new ArrayList<>();
    walk(object, 0, "", out);
    return out;
  }

  /**
   * Replaces every textual value at this site of {@code object} with what {@code change} gives for
   * it (in place); other values and other fields are left as they are.
   */
  public void rewrite(ObjectNode object, UnaryOperator<String> change) {
    walk(object, 0, "", new ArrayList<>(), change);
  }

  private void walk(JsonNode node, int step, String at, List<Occurrence> out, UnaryOperator<String> change) {
    String name = steps[step];
    boolean each = name.endsWith("[]");
    String field = each ? name.substring(0, name.length() - 2) : name;
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return;
    }
    String here = at.isEmpty() ? field : at + "." + field;
    if (each) {
      if (!value.isArray()) {
        return;
      }
      for (int i = 0; i < value.size(); i++) {
        visit((ArrayNode) value, i, step, here + "[" + i + "]", out, change);
      }
    } else if (step == steps.length - 1) {
      if (value.isTextual()) {
        out.add(new Occurrence(this, here, value.asText()));
        if (change != null) {
          ((ObjectNode) node).set(field, TextNode.valueOf(change.apply(value.asText())));
        }
      }
    } else if (value.isObject()) {
      walk(value, step + 1, here, out, change);
    }
  }

  private void walk(Object model, int step, String at, List<Occurrence> out) {
    String name = steps[step];
    boolean each = name.endsWith("[]");
    String field = each ? name.substring(0, name.length() - 2) : name;
    Object value = WireFields.get(model, field);
    if (value == null) {
      return;
    }
    String here = at.isEmpty() ? field : at + "." + field;
    boolean last = step == steps.length - 1;
    if (each) {
      if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          visit(list.get(i), last, step, here + "[" + i + "]", out);
        }
      }
    } else {
      visit(value, last, step, here, out);
    }
  }

  private void visit(Object value, boolean last, int step, String here, List<Occurrence> out) {
    if (last) {
      if (value instanceof String text) {
        out.add(new Occurrence(this, here, text));
      }
    } else if (value instanceof WireValue) {
      // A nested wire object; anything else (a list, a scalar) cannot hold the rest of the path.
      walk(value, step + 1, here, out);
    }
  }

  private void visit(ArrayNode array, int index, int step, String here, List<Occurrence> out,
      UnaryOperator<String> change) {
    JsonNode element = array.get(index);
    if (step == steps.length - 1) {
      if (element.isTextual()) {
        out.add(new Occurrence(this, here, element.asText()));
        if (change != null) {
          array.set(index, TextNode.valueOf(change.apply(element.asText())));
        }
      }
    } else if (element.isObject()) {
      walk(element, step + 1, here, out, change);
    }
  }
}
