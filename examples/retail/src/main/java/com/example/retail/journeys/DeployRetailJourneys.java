package com.example.retail.journeys;

import io.journeydsl.JourneyConfig;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.deploy.ApplyResult;
import io.journeydsl.deploy.Deployer;
import io.journeydsl.deploy.Plan;
import io.journeydsl.feign.ClientCredentials;
import io.journeydsl.feign.FeignJourneyTransport;
import io.journeydsl.feign.GenesysRegion;
import io.journeydsl.validation.JourneyValidator;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Deploys {@link RetailJourneys} to a Genesys Cloud org: validates, plans, prints the plan and, unless
 * {@code --plan-only} is given, applies it.
 *
 * <pre>
 * export GENESYS_CLIENT_ID=... GENESYS_CLIENT_SECRET=...   # an OAuth client-credentials client
 * mvn -q compile exec:java -Dexec.args="EU_WEST_1 --plan-only"
 * </pre>
 *
 * <p>The region is the first argument or {@code GENESYS_REGION}, a {@link GenesysRegion} name such as
 * {@code EU_WEST_1}. The tests run the same {@link #deploy} against the fake Journey API.
 */
public final class DeployRetailJourneys {
  private DeployRetailJourneys() {}

  /**
   * Deploys to the region named by the first argument or {@code GENESYS_REGION}.
   *
   * @param args the region, and {@code --plan-only} to stop after the plan
   */
  public static void main(String[] args) {
    List<String> options = Arrays.asList(args);
    boolean planOnly = options.contains("--plan-only");
    String regionName = options.stream().filter(a -> !a.startsWith("--")).findFirst()
        .orElse(System.getenv("GENESYS_REGION"));
    if (regionName == null || regionName.isBlank()) {
      System.err.println("usage: DeployRetailJourneys REGION [--plan-only]  (or set GENESYS_REGION), REGION one of "
          + Arrays.toString(GenesysRegion.values()));
      System.exit(2);
    }
    GenesysRegion region = GenesysRegion.valueOf(regionName.trim().toUpperCase(Locale.ROOT));
    try (JourneyClient client = FeignJourneyTransport.builder()
        .region(region)
        .credentials(ClientCredentials.fromEnvironment())   // GENESYS_CLIENT_ID / GENESYS_CLIENT_SECRET
        .buildClient()) {
      boolean ok = deploy(client, RetailJourneys.config(), !planOnly, System.out);
      System.exit(ok ? 0 : 1);
    }
  }

  /**
   * Validates {@code config} (an invalid configuration is never sent), plans it against the org
   * behind {@code client}, prints the plan and, if {@code apply}, applies it.
   *
   * @param client the org
   * @param config what the org should hold
   * @param apply whether to apply the plan, or only print it
   * @param out where the plan and the result are printed
   * @return whether everything planned was applied (or, without {@code apply}, whether planning succeeded)
   */
  public static boolean deploy(JourneyClient client, JourneyConfig config, boolean apply, PrintStream out) {
    JourneyValidator.create().validate(config).throwIfErrors();
    Deployer deployer = Deployer.to(client);
    Plan plan = deployer.plan(config);
    out.print(plan.toText(false));
    if (!apply || !plan.hasChanges()) {
      out.println(plan.hasChanges() ? "Plan only: nothing applied." : "The org already matches the configuration.");
      return true;
    }
    ApplyResult result = deployer.apply(plan);
    result.failed().ifPresentOrElse(
        failure -> out.println("Apply failed at " + failure.change() + ": " + failure.status() + " " + failure.message()
            + " (" + result.done().size() + " changes applied, " + result.notDone().size() + " not)"),
        () -> out.println("Applied " + result.done().size() + " changes."));
    return result.succeeded();
  }
}
