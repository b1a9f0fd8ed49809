package io.journeydsl.cli;

import io.journeydsl.JourneyConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code journey demo}: composes the example configuration with the DSL and prints its bundle. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Compose an example Journey configuration with the DSL and print it as bundle JSON.")
final class DemoCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    JourneyConfig config = DemoConfig.create();
    PrintWriter out = spec.commandLine().getOut();
    out.println(config.toJson());
    out.flush();
    return 0;
  }
}
