package io.journeydsl.cli;

import io.journeydsl.JourneyConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code journey demo}: the main job on the embedded default. Composes the example configuration
 * with the DSL, prints its bundle, validates it (and a deliberately broken variant), then plans and
 * applies it to the fake Journey API over loopback HTTP through the Feign transport with OAuth, shows
 * that a second plan is empty, changes one field and shows its one-line diff, reads the org back and
 * queries journey analytics. Needs no network and no credentials.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    header = "Show the whole story on the embedded fake: no network, no credentials.",
    exitCodeList = {"0:Done."},
    footer = {"  journey demo", "  journey demo --bundle > example.json        the example bundle, to try other commands on"},
    description = {"Compose an example Journey configuration with the DSL, validate it, plan and apply it to the",
        "embedded fake Journey API over loopback HTTP (Feign, OAuth), change it, query its analytics, and",
        "simulate a visitor to show which offers the configuration decides."})
final class DemoCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--bundle", description = "Print only the bundle JSON of the example configuration.")
  boolean bundleOnly;

  @Override
  public Integer call() {
    JourneyConfig config = DemoConfig.create();
    PrintWriter out = spec.commandLine().getOut();
    if (bundleOnly) {
      out.println(config.toJson());
      out.flush();
      return 0;
    }
    section(out, "1. The example configuration, composed with the DSL, as a bundle");
    out.println(config.toJson());
    section(out, "2. Validation");
    DemoValidation.show(config, out);
    section(out, "3. Plan and apply to the embedded fake Journey API");
    new DemoDeployment(out).run(config);
    section(out, "4. A simulated visit: which offers the configuration decides");
    DemoSimulation.show(config, out);
    out.flush();
    return 0;
  }

  private static void section(PrintWriter out, String title) {
    out.println();
    out.println("== " + title);
  }
}
