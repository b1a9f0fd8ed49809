package io.journeydsl.cli;

import io.journeydsl.JourneyConfig;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.deploy.Deployer;
import io.journeydsl.deploy.Plan;
import io.journeydsl.deploy.Rehearsal;
import io.journeydsl.testkit.FakeJourneyApi;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code journey plan [--prune KIND|PATTERN] [--rehearse] [--json] [--detailed-exitcode] BUNDLE}:
 * validates the bundle, reads the org and prints what {@code apply} would do; with
 * {@code --rehearse} it also applies the plan to an in-memory copy of the org and reports every
 * request that copy refuses. Never writes to the org.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = DeployCommands.ERROR,
    header = "Show what apply would change in the org.",
    description = {"Validate the bundle, read the org and show what apply would change: + create, ~ update (with",
        "field diffs), - delete, = unchanged. Never writes to the org. Objects are matched by name."},
    exitCodeList = {"0:Planned (with --detailed-exitcode: no changes).",
        "1:Any error, usage errors included: unreadable or invalid bundle, connection, refused rehearsal.",
        "2:With --detailed-exitcode only: there are changes to apply."},
    footer = {"  journey plan --region eu-west-1 bundle.json      client credentials from the environment",
        "  journey plan --base-url http://127.0.0.1:8089 --token T bundle.json      against `journey serve`",
        "  journey plan --region eu-west-1 --rehearse --detailed-exitcode bundle.json"})
final class PlanCommand implements Callable<Integer>, ValidatesBundles {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @ArgGroup(validate = false, heading = ConnectionOptions.HEADING)
  ConnectionOptions connection = new ConnectionOptions();

  @Mixin
  PruneOptions prune;

  @Option(names = "--rehearse",
      description = "Also apply the plan to an in-memory fake seeded with a copy of the org, and report every refused request.")
  boolean rehearse;

  @Option(names = "--json", description = "Print the plan as JSON (schema journey-plan/1, see docs/deploy.md).")
  boolean json;

  @Option(names = "--detailed-exitcode", description = "Exit 0 when there are no changes, 2 when there are, 1 on error.")
  boolean detailedExitcode;

  @Parameters(paramLabel = "BUNDLE", description = "The bundle file to plan.")
  Path bundle;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JourneyConfig config = DeployCommands.read(bundle, err);
    if (config == null) {
      return DeployCommands.ERROR;
    }
    try (JourneyClient client = connection.connect()) {
      Deployer deployer = Deployer.builder(client).prune(prune.prune()).build();
      Plan plan = deployer.plan(config);
      out.print(json ? plan.toJson() + System.lineSeparator() : plan.toText(Terminal.current().color()));
      out.flush();
      if (rehearse && !rehearsed(deployer, plan, json ? err : out)) {
        return DeployCommands.ERROR;
      }
      return detailedExitcode && plan.hasChanges() ? 2 : 0;
    } catch (ConnectionOptions.Invalid e) {
      err.println("journey: " + e.getMessage());
      return DeployCommands.ERROR;
    } catch (RuntimeException e) {
      return DeployCommands.failed(e, err);
    }
  }

  /** Rehearses on a fresh in-memory fake; a JSON plan keeps stdout for the JSON, so findings go to stderr. */
  private static boolean rehearsed(Deployer deployer, Plan plan, PrintWriter to) {
    try (FakeJourneyApi fake = FakeJourneyApi.create(); JourneyClient rehearsal = fake.client()) {
      Rehearsal result = deployer.rehearse(plan, rehearsal);
      boolean passed = DeployCommands.show(result, to);
      to.flush();
      return passed;
    }
  }
}
