package io.journeydsl.cli;

import io.journeydsl.catalog.ApiCollection;
import java.util.List;

/**
 * Draws a {@link ReferenceGraph} in Graphviz DOT ({@code dot -Tsvg}): one cluster per kind of
 * object; unused objects grey and dashed, dangling references and their edges red and dashed, ids
 * outside the bundle dotted.
 */
final class DotGraph {
  private DotGraph() {}

  static String render(ReferenceGraph graph) {
    StringBuilder out = new StringBuilder();
    out.append("// journey graph: ").append(graph.summary()).append('\n');
    out.append("digraph journey {\n");
    out.append("  rankdir=LR;\n");
    out.append("  node [style=\"filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];\n");
    out.append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    for (ApiCollection collection : ReferenceGraph.DRAWN) {
      List<ReferenceGraph.Node> nodes = graph.nodes().stream()
          .filter(n -> n.collection() == collection && (n.state() == ReferenceGraph.State.USED
              || n.state() == ReferenceGraph.State.UNUSED)).toList();
      if (nodes.isEmpty()) {
        continue;
      }
      out.append("  subgraph cluster_").append(collection.bundleKey()).append(" {\n");
      out.append("    label=\"").append(MermaidGraph.title(collection)).append("\";\n");
      nodes.forEach(n -> out.append("    ").append(node(n)).append('\n'));
      out.append("  }\n");
    }
    graph.nodes().stream().filter(n -> n.state() == ReferenceGraph.State.DANGLING || n.state() == ReferenceGraph.State.EXTERNAL)
        .forEach(n -> out.append("  ").append(node(n)).append('\n'));
    for (ReferenceGraph.Edge e : graph.edges()) {
      out.append("  ").append(e.from()).append(" -> ").append(e.to()).append(" [label=\"").append(escape(e.field())).append('"')
          .append(e.dangling() ? ", color=\"#d32f2f\", fontcolor=\"#b71c1c\", style=dashed, penwidth=2" : "").append("];\n");
    }
    out.append("}\n");
    return out.toString();
  }

  private static String node(ReferenceGraph.Node n) {
    String attributes = switch (n.state()) {
      case USED -> "";
      case UNUSED -> ", style=\"filled,dashed\", fillcolor=\"#f2f2f2\", color=\"#9e9e9e\", fontcolor=\"#757575\"";
      case DANGLING -> ", style=\"filled,dashed\", fillcolor=\"#fdecea\", color=\"#d32f2f\", fontcolor=\"#b71c1c\", penwidth=2";
      case EXTERNAL -> ", style=\"filled,dotted\", color=\"#616161\", fontcolor=\"#424242\"";
    };
    return n.id() + " [label=\"" + escape(n.label()) + "\", shape=" + shape(n.collection()) + attributes + "];";
  }

  private static String shape(ApiCollection collection) {
    return switch (collection) {
      case ACTION_MAPS -> "box";
      case SEGMENTS -> "ellipse";
      case OUTCOMES -> "hexagon";
      default -> "note";
    };
  }

  /** A DOT quoted string's escapes: backslash and quote; line breaks as DOT's own. */
  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n");
  }
}
