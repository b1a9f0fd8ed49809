package io.journeydsl.deploy.docs;

// GS-DEPLOY-START
import io.journeydsl.client.JourneyClient;
import io.journeydsl.deploy.ApplyResult;
import io.journeydsl.deploy.Deployer;
import io.journeydsl.deploy.Plan;
import io.journeydsl.feign.ClientCredentials;
import io.journeydsl.feign.FeignJourneyTransport;
import io.journeydsl.feign.GenesysRegion;
import java.io.PrintStream;

/** Plans and applies the retail configuration to the org of the environment's client credentials. */
public final class DeployRetailJourney {
  private DeployRetailJourney() {}

  public static void main(String[] args) {
    boolean succeeded;
    try (JourneyClient client = FeignJourneyTransport.builder()
        .region(GenesysRegion.EU_WEST_1)
        .credentials(ClientCredentials.fromEnvironment())   // GENESYS_CLIENT_ID / GENESYS_CLIENT_SECRET
        .buildClient()) {
      succeeded = deploy(client, System.out).succeeded();
    }
    System.exit(succeeded ? 0 : 1);
  }

  static ApplyResult deploy(JourneyClient client, PrintStream out) {
    Deployer deployer = Deployer.to(client);
    Plan plan = deployer.plan(RetailJourney.config());   // validates first, then reads the org
    out.print(plan.toText(false));
    ApplyResult result = deployer.apply(plan);
    result.failed().ifPresent(f -> out.println("failed: " + f.message()));
    return result;
  }
}
// GS-DEPLOY-END
