package io.journeydsl.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Damages wire JSON the ways a hand-written or hostile document can be: a value replaced by null,
 * another kind of token or a number at the edge of its type, an unknown field added at any depth, a
 * key repeated, the text cut short or followed by more. The generated readers must leave every such
 * document to the mapper or read it as the mapper does.
 */
final class JsonDamage {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DUPLICATE_MARKER = "__duplicate_of_a_sibling__";

  /**
   * What a mutation puts in place of a value, as JSON text: null, each kind of token, strings a typed
   * field might or might not parse, integers at the edges of int and long, decimals in every spelling
   * (exponents, signed zero, beyond float and double range), and containers empty, with a null and
   * with values.
   */
  private static final List<String> REPLACEMENTS = List.of(
      "null", "true", "false",
      "\"text\"", "\"\"", "\"3\"", "\"true\"", "\"webchat\"", "\"2023-12-19T11:59:00Z\"", "\"2024-02-30\"",
      "\"a \\\"quoted\\\" \\\\ back\\/slash \\n\\t\\u0001 \\u00e9 \\ud83d\\ude00\"",
      "0", "-0", "1", "12", "-7", "2147483647", "2147483648", "-2147483648", "-2147483649",
      "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
      "123456789012345678901234567890",
      "1.0", "1.50", "100.000", "2.9", "0.1", "1e2", "1E+2", "1.5e-3", "-0.0", "0.0", "-0", "1e0",
      "3.4028235e38", "3.5e38", "1.4e-45", "1e-46", "1.7976931348623157e308", "1e309", "1e-400", "1e400",
      "1e999999999", "1e-999999999", "1e2147483648",
      "[]", "[null]", "[\"x\"]", "[1]", "[{}]", "{}", "{\"k\":null}", "{\"unknown\":1}", "{\"patterns\":[]}");

  private JsonDamage() {}

  /** One to three changes to {@code tree} (changed in place), then the text, possibly broken too. */
  static String damage(ObjectNode tree, Random random, ObjectMapper text) throws JsonProcessingException {
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      mutate(tree, random);
    }
    String json = random.nextBoolean() ? text.writerWithDefaultPrettyPrinter().writeValueAsString(tree)
        : text.writeValueAsString(tree);
    return textMutation(json, random);
  }

  /**
   * One change anywhere in the tree: a value replaced, an unknown field added to an object (the
   * top level included), or a key repeated (a marker field renamed to a sibling's name in the text).
   */
  private static void mutate(ObjectNode root, Random random) {
    List<Consumer<JsonNode>> places = new ArrayList<>();
    List<ObjectNode> objects = new ArrayList<>();
    collect(root, places, objects);
    int kind = random.nextInt(10);
    ObjectNode object = objects.get(random.nextInt(objects.size()));
    if (kind < 7 && !places.isEmpty()) {
      places.get(random.nextInt(places.size())).accept(replacement(random));
    } else if (kind < 9) {
      object.set(fieldName(random), replacement(random));
    } else if (object.size() > 0) {
      object.set(DUPLICATE_MARKER, replacement(random));
    }
  }

  /** A field name, now and then one a model type knows (then it replaces that field's value). */
  private static String fieldName(Random random) {
    StringBuilder name = new StringBuilder();
    for (int i = 0, length = 1 + random.nextInt(8); i < length; i++) {
      name.append((char) ('a' + random.nextInt(26)));
    }
    return name.toString();
  }

  private static JsonNode replacement(Random random) {
    int pick = random.nextInt(REPLACEMENTS.size() + 2);
    if (pick == REPLACEMENTS.size()) {
      // Nesting beyond the parser's depth limit, inside a field that may or may not be known.
      return NODES.rawValueNode(new RawValue("[".repeat(1200) + "]".repeat(1200)));
    }
    if (pick == REPLACEMENTS.size() + 1) {
      // A number longer than the parser's limit on digits.
      return NODES.rawValueNode(new RawValue("1".repeat(1001)));
    }
    return NODES.rawValueNode(new RawValue(REPLACEMENTS.get(pick)));
  }

  private static void collect(JsonNode node, List<Consumer<JsonNode>> places, List<ObjectNode> objects) {
    if (node instanceof ObjectNode object) {
      objects.add(object);
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        places.add(replacement -> object.set(name, replacement));
        collect(object.get(name), places, objects);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        int index = i;
        places.add(replacement -> array.set(index, replacement));
        collect(array.get(i), places, objects);
      }
    }
  }

  /**
   * Turns each duplicate marker into a repeat of the key before it in its object, and now and then
   * breaks the text itself: cut short, or followed by a second document.
   */
  private static String textMutation(String json, Random random) {
    String text = json;
    for (int at = text.indexOf(quoted(DUPLICATE_MARKER)); at >= 0; at = text.indexOf(quoted(DUPLICATE_MARKER))) {
      String sibling = siblingKeyBefore(text, at);
      text = text.substring(0, at) + (sibling == null ? "\"x\"" : sibling) + text.substring(at + quoted(DUPLICATE_MARKER).length());
    }
    return switch (random.nextInt(12)) {
      case 0 -> text.substring(0, random.nextInt(text.length()));
      case 1 -> text + "\n>>>>>>> feature";
      default -> text;
    };
  }

  /** The last key written before {@code at} at the same depth of the same object, or null. */
  private static String siblingKeyBefore(String text, int at) {
    // The marker is the last field of its object: the key it repeats is the object's first key.
    int depth = 0;
    boolean inString = false;
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '"' && !escaped(text, i)) {
        inString = !inString;
      } else if (!inString && (c == '}' || c == ']')) {
        depth++;
      } else if (!inString && (c == '{' || c == '[')) {
        if (depth == 0) {
          int start = text.indexOf('"', i);
          int end = start + 1;
          while (text.charAt(end) != '"' || escaped(text, end)) {
            end++;
          }
          return text.substring(start, end + 1);
        }
        depth--;
      }
    }
    return null;
  }

  private static boolean escaped(String text, int i) {
    int backslashes = 0;
    for (int j = i - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static String quoted(String name) {
    return "\"" + name + "\"";
  }
}
