package io.journeydsl.cli;

import io.journeydsl.JourneyConfig;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.deploy.ApplyResult;
import io.journeydsl.deploy.Change;
import io.journeydsl.deploy.Deployer;
import io.journeydsl.deploy.Plan;
import java.io.Console;
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
 * {@code journey apply [--prune KIND|PATTERN] [--yes] BUNDLE}: plans, shows the plan, asks for
 * confirmation on a terminal (or takes {@code --yes}; without a terminal {@code --yes} is required),
 * then applies with progress. On a failure it stops and lists what was and was not done.
 */
@Command(name = "apply", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = DeployCommands.ERROR,
    header = "Plan, confirm and apply the bundle to the org.",
    description = {"Plan the bundle, show the plan, ask for confirmation and apply it with progress (a bar on a",
        "terminal, one line per step otherwise). Without a terminal --yes is required. On a failure it stops",
        "and lists what was and was not done; running it again finishes the work without duplicates."},
    exitCodeList = {"0:Applied, or nothing to do.",
        "1:Any error, usage errors included; cancelled confirmation; an incomplete apply."},
    footer = {"  journey apply --region eu-west-1 bundle.json      asks before changing anything",
        "  journey apply --region eu-west-1 --yes --prune 'Team A: .*' bundle.json      unattended (CI)"})
final class ApplyCommand implements Callable<Integer>, ValidatesBundles {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @ArgGroup(validate = false, heading = ConnectionOptions.HEADING)
  ConnectionOptions connection = new ConnectionOptions();

  @Mixin
  PruneOptions prune;

  @Option(names = "--yes", description = "Apply without asking (required when not run on a terminal).")
  boolean yes;

  @Option(names = "--concurrency", defaultValue = "4", paramLabel = "N",
      description = "Independent requests of one stage in flight at once. Default: ${DEFAULT-VALUE}.")
  int concurrency;

  @Parameters(paramLabel = "BUNDLE", description = "The bundle file to apply.")
  Path bundle;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Terminal terminal = Terminal.current();
    Console console = System.console();
    if (!yes && console == null) {
      err.println("journey: apply is not running on a terminal and cannot ask for confirmation; "
          + "give --yes to apply unattended");
      return DeployCommands.ERROR;
    }
    JourneyConfig config = DeployCommands.read(bundle, err);
    if (config == null) {
      return DeployCommands.ERROR;
    }
    try (JourneyClient client = connection.connect()) {
      Deployer deployer = Deployer.builder(client).prune(prune.prune()).concurrency(concurrency)
          .listener(new Progress(out, terminal.interactive())).build();
      Plan plan = deployer.plan(config);
      out.print(plan.toText(terminal.color()));
      if (!plan.hasChanges()) {
        out.println("Nothing to do.");
        return 0;
      }
      out.flush();
      if (!yes && !confirmed(console, plan)) {
        out.println("Apply cancelled; nothing was sent.");
        return DeployCommands.ERROR;
      }
      return report(deployer.apply(plan), out, err);
    } catch (ConnectionOptions.Invalid e) {
      err.println("journey: " + e.getMessage());
      return DeployCommands.ERROR;
    } catch (RuntimeException e) {
      return DeployCommands.failed(e, err);
    } finally {
      out.flush();
    }
  }

  private static boolean confirmed(Console console, Plan plan) {
    String answer = console.readLine("Apply these %d changes to the org? Only 'yes' is accepted: ", plan.requests().size());
    return "yes".equals(answer == null ? null : answer.trim());
  }

  private static int report(ApplyResult result, PrintWriter out, PrintWriter err) {
    if (result.succeeded()) {
      out.println("Apply complete: " + result.done().size() + " changes made.");
      return 0;
    }
    ApplyResult.Failure failure = result.failed().orElseThrow();
    err.println("journey: apply stopped: " + failure.message());
    out.println("Done (" + result.done().size() + "):");
    result.done().forEach(c -> out.println("  " + c.describe()));
    out.println("Not done (" + result.notDone().size() + "):");
    for (Change change : result.notDone()) {
      out.println("  " + change.describe() + (change.equals(failure.change()) ? "  <- failed" : ""));
    }
    out.println("Run the same apply again to finish: it plans afresh and creates nothing twice.");
    err.flush();
    return DeployCommands.ERROR;
  }
}
