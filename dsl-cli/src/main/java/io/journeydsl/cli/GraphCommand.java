package io.journeydsl.cli;

import io.journeydsl.JourneyConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code journey graph [--format mermaid|dot] [--output FILE] BUNDLE}: draws which action maps use
 * which segments, outcomes and action templates, with unused objects and dangling references
 * standing out. Reads the bundle only; no org.
 */
@Command(name = "graph", mixinStandardHelpOptions = true, exitCodeOnExecutionException = 2,
    header = "Draw which action maps use which segments, outcomes and templates.",
    description = {"Draw which action maps use which segments, outcomes and action templates of a bundle, as a",
        "Mermaid flowchart or a Graphviz DOT graph. Objects no action map uses are grey and dashed;",
        "references by name to no object of the bundle point to red, dashed \"missing\" nodes; plain ids",
        "of objects outside the bundle are dotted. The same bundle always gives the same text."},
    exitCodeList = {"0:Drawn.", "2:Usage error, unreadable bundle or an unexpected failure."},
    footer = {"  journey graph bundle.json > graph.mmd            paste into Markdown inside ```mermaid",
        "  journey graph --format dot bundle.json | dot -Tsvg > graph.svg"})
final class GraphCommand implements Callable<Integer> {
  /** The drawing languages. */
  enum Format { mermaid, dot }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "mermaid", paramLabel = "mermaid|dot",
      description = "mermaid (a flowchart) or dot (Graphviz). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Parameters(paramLabel = "BUNDLE", description = "The bundle file to draw.")
  Path bundle;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    JourneyConfig config;
    try {
      config = BundleInput.read(bundle);
    } catch (BundleInput.Unusable e) {
      err.println("journey graph: " + e.getMessage());
      err.flush();
      return 2;
    }
    ReferenceGraph graph = ReferenceGraph.of(config);
    String text = format == Format.mermaid ? MermaidGraph.render(graph) : DotGraph.render(graph);
    if (output == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return 0;
    }
    try {
      Files.writeString(output, text, StandardCharsets.UTF_8);
      return 0;
    } catch (IOException e) {
      err.println("journey graph: cannot write " + output + ": " + e.getMessage());
      err.flush();
      return 2;
    }
  }
}
