package io.journeydsl.cli;

import io.journeydsl.catalog.ApiCollection;
import java.util.List;

/**
 * Draws a {@link ReferenceGraph} as a Mermaid flowchart (GitHub and most wikis render it): one
 * subgraph per kind of object, unused objects and dangling references in classes of their own, and
 * dangling edges dotted and red.
 */
final class MermaidGraph {
  private MermaidGraph() {}

  static String render(ReferenceGraph graph) {
    StringBuilder out = new StringBuilder();
    out.append("%% journey graph: ").append(graph.summary()).append('\n');
    out.append("flowchart LR\n");
    for (ApiCollection collection : ReferenceGraph.DRAWN) {
      List<ReferenceGraph.Node> nodes = graph.nodes().stream()
          .filter(n -> n.collection() == collection && (n.state() == ReferenceGraph.State.USED
              || n.state() == ReferenceGraph.State.UNUSED)).toList();
      if (nodes.isEmpty()) {
        continue;
      }
      out.append("  subgraph ").append(collection.bundleKey()).append("[\"").append(title(collection)).append("\"]\n");
      nodes.forEach(n -> out.append("    ").append(node(n)).append('\n'));
      out.append("  end\n");
    }
    graph.nodes().stream().filter(n -> n.state() == ReferenceGraph.State.DANGLING || n.state() == ReferenceGraph.State.EXTERNAL)
        .forEach(n -> out.append("  ").append(node(n)).append('\n'));
    StringBuilder dangling = new StringBuilder();
    for (int i = 0; i < graph.edges().size(); i++) {
      ReferenceGraph.Edge e = graph.edges().get(i);
      out.append("  ").append(e.from()).append(e.dangling() ? " -.->|" : " -->|").append(e.field()).append("| ")
          .append(e.to()).append('\n');
      if (e.dangling()) {
        dangling.append(dangling.length() == 0 ? "" : ",").append(i);
      }
    }
    out.append("  classDef unused fill:#f2f2f2,stroke:#9e9e9e,stroke-dasharray:4 3,color:#757575\n");
    out.append("  classDef dangling fill:#fdecea,stroke:#d32f2f,stroke-width:2px,color:#b71c1c\n");
    out.append("  classDef external fill:#ffffff,stroke:#616161,stroke-dasharray:2 2,color:#424242\n");
    classes(out, graph, ReferenceGraph.State.UNUSED, "unused");
    classes(out, graph, ReferenceGraph.State.DANGLING, "dangling");
    classes(out, graph, ReferenceGraph.State.EXTERNAL, "external");
    if (dangling.length() > 0) {
      out.append("  linkStyle ").append(dangling).append(" stroke:#d32f2f,stroke-width:2px\n");
    }
    return out.toString();
  }

  private static void classes(StringBuilder out, ReferenceGraph graph, ReferenceGraph.State state, String name) {
    List<String> ids = graph.nodes().stream().filter(n -> n.state() == state).map(ReferenceGraph.Node::id).toList();
    if (!ids.isEmpty()) {
      out.append("  class ").append(String.join(",", ids)).append(' ').append(name).append('\n');
    }
  }

  /** A node in the shape of its kind: maps rounded, segments stadiums, outcomes hexagons, templates parallelograms. */
  private static String node(ReferenceGraph.Node n) {
    String label = "\"" + escape(n.label()) + "\"";
    if (n.state() == ReferenceGraph.State.DANGLING || n.state() == ReferenceGraph.State.EXTERNAL) {
      return n.id() + "[" + label + "]";
    }
    return n.id() + switch (n.collection()) {
      case ACTION_MAPS -> "(" + label + ")";
      case SEGMENTS -> "([" + label + "])";
      case OUTCOMES -> "{{" + label + "}}";
      default -> "[/" + label + "/]";
    };
  }

  static String title(ApiCollection collection) {
    String label = collection.label();
    return Character.toUpperCase(label.charAt(0)) + label.substring(1) + "s";
  }

  /** Mermaid's entity codes for what would end or mark up a quoted label; line breaks become spaces. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '#' -> out.append("#35;");
        case '"' -> out.append("#quot;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
