package io.journeydsl.deploy.export.internal;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;

/**
 * Writes a configuration as one Java class: a method per object, in bundle order, built with the
 * DSL, and {@code public static JourneyConfig config()} putting them together. One method per
 * object keeps every method far below the JVM's 64 KB limit however large the org.
 */
public final class JavaSourceGenerator {
  private JavaSourceGenerator() {}

  /**
   * The source of class {@code className} in package {@code packageName} (empty for the unnamed
   * package) whose {@code config()} returns a configuration with the same bundle JSON as {@code config}.
   *
   * @throws IllegalArgumentException if the package or class name is not a valid Java name
   */
  public static String generate(JourneyConfig config, String packageName, String className) {
    if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
      throw new IllegalArgumentException("not a Java package name: '" + packageName + "'");
    }
    if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
      throw new IllegalArgumentException("not a Java class name: '" + className + "'");
    }
    Imports imports = new Imports(packageName);
    imports.reserve(className);
    SourceWriter writer = new SourceWriter(imports);
    MethodNames names = new MethodNames();
    String indent = "        ";
    List<String> calls = new ArrayList<>();
    StringBuilder methods = new StringBuilder();
    for (JourneySegment s : config.segments()) {
      method(methods, calls, imports.name(JourneySegment.class), names.next("segment", s.displayName()),
          writer.topLevel(s, indent));
    }
    for (Outcome o : config.outcomes()) {
      method(methods, calls, imports.name(Outcome.class), names.next("outcome", o.displayName()),
          writer.topLevel(o, indent));
    }
    for (ActionTemplate t : config.actionTemplates()) {
      method(methods, calls, imports.name(ActionTemplate.class), names.next("template", t.name()),
          writer.topLevel(t, indent));
    }
    for (ActionMap m : config.actionMaps()) {
      method(methods, calls, imports.name(ActionMap.class), names.next("actionMap", m.displayName()),
          writer.topLevel(m, indent));
    }
    for (JourneyAggregationQuery q : config.aggregateQueries()) {
      method(methods, calls, imports.name(JourneyAggregationQuery.class), names.next("query", null),
          writer.topLevel(q, indent));
    }
    String configType = imports.name(JourneyConfig.class);
    if (writer.usesJson()) {
      imports.name("com.fasterxml.jackson.databind.JsonNode");
      imports.name("com.fasterxml.jackson.core.JsonProcessingException");
      imports.name("io.journeydsl.json.JourneyJson");
    }
    StringBuilder out = new StringBuilder();
    if (!packageName.isEmpty()) {
      out.append("package ").append(packageName).append(";\n\n");
    }
    out.append("import static io.journeydsl.Journey.*;\n\n");
    out.append(imports.lines()).append('\n');
    out.append("/** A journey configuration as code, exported from an org by journey-dsl. */\n");
    out.append("public final class ").append(className).append(" {\n");
    out.append("  private ").append(className).append("() {}\n\n");
    out.append("  /** The whole configuration, in bundle order. */\n");
    out.append("  public static ").append(configType).append(" config() {\n");
    out.append("    return ").append(configType).append(".of(");
    for (int i = 0; i < calls.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n").append("        ").append(calls.get(i)).append("()");
    }
    out.append(");\n  }\n");
    out.append(methods);
    if (writer.usesJson()) {
      out.append("""

            /** A JSON value of a field journey-dsl does not model, kept as the org holds it. */
            private static JsonNode json(String text) {
              try {
                return JourneyJson.mapper().readTree(text);
              } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
              }
            }
          """);
    }
    out.append("}\n");
    return out.toString();
  }

  private static void method(StringBuilder methods, List<String> calls, String type, String name, String body) {
    calls.add(name);
    methods.append("\n  static ").append(type).append(' ').append(name).append("() {\n")
        .append(LineWrap.wrap("    return " + body + ";")).append("\n  }\n");
  }
}
