package io.journeydsl.cli;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.feign.ClientCredentials;
import io.journeydsl.feign.FeignJourneyTransport;
import io.journeydsl.feign.GenesysRegion;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where a command finds the org and how it logs in, as one picocli option group (shown under its
 * own heading in the help) for every command that talks to an org: {@code --base-url URL} or {@code --region R}, then {@code --token T} or the OAuth
 * client credentials from {@code GENESYS_CLIENT_ID} / {@code GENESYS_CLIENT_SECRET}. The client
 * secret is never an option: command lines end up in shell histories and process listings.
 */
final class ConnectionOptions {
  /** The heading of the group in the help. */
  static final String HEADING = "%nConnection to the org (--base-url or --region; --token, else the OAuth client credentials"
      + " from " + ClientCredentials.CLIENT_ID_VARIABLE + " and " + ClientCredentials.CLIENT_SECRET_VARIABLE + "):%n";

  /** The org cannot be reached as configured: the message says what to set. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  @Option(names = "--base-url", paramLabel = "URL",
      description = "The API base URL, e.g. http://127.0.0.1:8089 for `journey serve`.")
  URI baseUrl;

  @Option(names = "--region", paramLabel = "R",
      description = "The Genesys Cloud region: its name (us-east-1, eu-west-1, ...) or its domain (mypurecloud.ie, ...).")
  String region;

  @Option(names = "--token", paramLabel = "T",
      description = "A bearer token; without it the client credentials are read from "
          + ClientCredentials.CLIENT_ID_VARIABLE + " and " + ClientCredentials.CLIENT_SECRET_VARIABLE + ".")
  String token;

  /** Where environment variables come from (tests hand in their own). */
  Map<String, String> environment = System.getenv();

  /** A client that owns a Feign transport configured by these options. */
  JourneyClient connect() throws Invalid {
    return JourneyClient.owning(transport());
  }

  private FeignJourneyTransport transport() throws Invalid {
    if ((baseUrl == null) == (region == null)) {
      throw new Invalid("give either --base-url URL or --region R");
    }
    FeignJourneyTransport.Builder builder = FeignJourneyTransport.builder();
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    } else {
      builder.region(region(region));
    }
    if (token != null) {
      if (token.isBlank()) {
        throw new Invalid("--token must not be blank");
      }
      builder.bearerToken(token);
    } else {
      builder.credentials(credentials());
    }
    return builder.build();
  }

  private ClientCredentials credentials() throws Invalid {
    String id = environment.get(ClientCredentials.CLIENT_ID_VARIABLE);
    String secret = environment.get(ClientCredentials.CLIENT_SECRET_VARIABLE);
    if (id == null || id.isBlank() || secret == null || secret.isEmpty()) {
      throw new Invalid("give --token T, or set " + ClientCredentials.CLIENT_ID_VARIABLE + " and "
          + ClientCredentials.CLIENT_SECRET_VARIABLE + " in the environment");
    }
    return ClientCredentials.of(id, secret);
  }

  static GenesysRegion region(String text) throws Invalid {
    String wanted = text.trim();
    for (GenesysRegion region : GenesysRegion.values()) {
      if (region.name().equalsIgnoreCase(wanted.replace('-', '_')) || region.domain().equalsIgnoreCase(wanted)) {
        return region;
      }
    }
    throw new Invalid("unknown region '" + text + "'; known: "
        + String.join(", ", java.util.Arrays.stream(GenesysRegion.values())
            .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()));
  }
}
