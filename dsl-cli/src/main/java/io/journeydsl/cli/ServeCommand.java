package io.journeydsl.cli;

import io.journeydsl.catalog.ApiProfile;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code journey serve}: runs the fake Journey API over HTTP until SIGINT/SIGTERM. The first stdout
 * line holds the base URL.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, exitCodeOnExecutionException = 2,
    header = "Run the fake Journey API over HTTP.",
    description = {"Run the fake Genesys Journey API over HTTP, a local emulator for any client (Java, JS, Python",
        "SDKs, curl), until interrupted. The first line printed holds the base URL."},
    exitCodeList = {"0:Stopped by SIGINT or SIGTERM.", "2:Usage error, or it cannot start (port in use, bad state file)."},
    footer = {"  journey serve --port 8089 --token T",
        "  JOURNEY_FAKE_CLIENT_SECRET=s journey serve --state fake.json --client-id ci --reject-duplicate-names",
        "  journey serve --fault 'getJourneySegments=503,times=2'"})
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Options under "Where to listen" in the help. */
  static final class Listen {
    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "Address to bind. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0", description = "Port to bind; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;
  }

  @ArgGroup(validate = false, heading = "%nWhere to listen:%n")
  Listen listen = new Listen();

  /** Options under "Authentication" in the help. */
  static final class Auth {
    @Option(names = "--token", paramLabel = "T", description = "Accept only this bearer token (and tokens issued by /oauth/token).")
    String token;

    @Option(names = "--client-id", paramLabel = "ID", description = "Client id accepted by POST /oauth/token.")
    String clientId;

    @Option(names = "--client-secret", paramLabel = "SECRET", description = "Client secret accepted by POST /oauth/token (or env JOURNEY_FAKE_CLIENT_SECRET).")
    String clientSecret;

    @Option(names = "--token-lifetime", paramLabel = "SECONDS", defaultValue = "86400", description = "expires_in of issued tokens, seconds. Default: ${DEFAULT-VALUE}.")
    long tokenLifetime;
  }

  @ArgGroup(validate = false, heading = "%nAuthentication:%n")
  Auth auth = new Auth();

  /** Options under "State and API behaviour" in the help. */
  static final class Behaviour {
    @Option(names = "--state", paramLabel = "FILE", description = "State file: loaded at start, rewritten atomically after every write.")
    Path state;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for deterministic ids.")
    Long seed;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "SDK_198", description = "API profile: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    ApiProfile profile;

    @Option(names = "--reject-duplicate-names", description = "409 on a duplicate displayName/name.")
    boolean rejectDuplicateNames;

    @Option(names = "--reject-referenced-deletes", description = "409 on deleting an object an action map refers to.")
    boolean rejectReferencedDeletes;

    @Option(names = "--allow-patch-without-version", description = "Accept PATCH bodies without version.")
    boolean allowPatchWithoutVersion;

    @Option(names = "--accept-unknown-fields", description = "Store request fields the API does not define instead of 400.")
    boolean acceptUnknownFields;
  }

  @ArgGroup(validate = false, heading = "%nState and API behaviour:%n")
  Behaviour behaviour = new Behaviour();

  /** Options under "Limits and faults" in the help. */
  static final class Limits {
    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "0", description = "Calls per minute before 429 (0 = none).")
    int rateLimit;

    @Option(names = "--max-body-bytes", paramLabel = "BYTES", defaultValue = "1048576",
        description = "Largest request body accepted; beyond it 413. Default: ${DEFAULT-VALUE}.")
    int maxBodyBytes;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "10",
        description = "Seconds a request may take to arrive; beyond it 408 and the connection is closed. Default: ${DEFAULT-VALUE}.")
    long requestTimeout;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "1800",
        description = "Seconds a kept-alive connection may sit idle before the server closes it. Default: ${DEFAULT-VALUE}.")
    long idleTimeout;

    @Option(names = "--journal-max-calls", paramLabel = "N", defaultValue = "10000",
        description = "Calls the journal keeps; older ones are dropped. Default: ${DEFAULT-VALUE}.")
    int journalMaxCalls;

    @Option(names = "--fault", paramLabel = "SPEC", description = "Inject a fault, e.g. 'getJourneySegments=503,times=2', '*=429,retry-after=5,p=0.1,seed=1,always', 'PATCH_JOURNEY_SEGMENT=drop'. Repeatable.")
    List<String> faults = new ArrayList<>();
  }

  @ArgGroup(validate = false, heading = "%nLimits and faults:%n")
  Limits limits = new Limits();

  @Override
  public Integer call() throws InterruptedException {
    CliLogging.neverLogJettyHeaders();
    FakeJourneyApi api;
    FakeJourneyServer running;
    try {
      api = fake();
      running = server(api);
    } catch (CommandLine.ParameterException usage) {
      throw usage;
    } catch (RuntimeException startFailed) {
      // One line and exit 2: a corrupt or read-only state file or a port in use is the user's to fix,
      // and a stack trace would bury the reason.
      spec.commandLine().getErr().println("journey serve: cannot start: " + oneLine(startFailed));
      spec.commandLine().getErr().flush();
      return 2;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.close();
      api.close();
      stopped.countDown();
    }, "journey-serve-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("Fake Journey API listening on " + running.baseUri());
    out.println("OAuth token endpoint: " + running.tokenUri() + (behaviour.state == null ? "" : "; state file: " + behaviour.state));
    out.flush();
    stopped.await();
    return 0;
  }

  /** The failure's message on one line, without the class names of the exceptions it wraps. */
  static String oneLine(Throwable failure) {
    String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    return message.replaceAll("\\s*\\R\\s*", " ").replaceAll("(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): ", "");
  }

  private FakeJourneyApi fake() {
    FakeJourneyApi.Builder builder = FakeJourneyApi.builder().profile(behaviour.profile)
        .rejectDuplicateNames(behaviour.rejectDuplicateNames).rejectReferencedDeletes(behaviour.rejectReferencedDeletes)
        .allowPatchWithoutVersion(behaviour.allowPatchWithoutVersion).acceptUnknownFields(behaviour.acceptUnknownFields)
        .rateLimitPerMinute(limits.rateLimit);
    if (behaviour.seed != null) {
      builder.seed(behaviour.seed);
    }
    if (behaviour.state != null) {
      builder.stateFile(behaviour.state);
    }
    builder.journalLimits(limits.journalMaxCalls, 16L << 20);
    FakeJourneyApi api = builder.build();
    for (String fault : limits.faults) {
      api.faults().add(FaultSpec.parse(fault));
    }
    return api;
  }

  private FakeJourneyServer server(FakeJourneyApi api) {
    FakeJourneyServer.Builder server = FakeJourneyServer.builder(api).host(listen.host).port(listen.port)
        .tokenLifetime(Duration.ofSeconds(auth.tokenLifetime)).maxBodyBytes(limits.maxBodyBytes)
        .requestTimeout(Duration.ofSeconds(limits.requestTimeout)).idleTimeout(Duration.ofSeconds(limits.idleTimeout));
    if (auth.token != null) {
      server.bearerToken(auth.token);
    }
    String secret = auth.clientSecret != null ? auth.clientSecret : System.getenv("JOURNEY_FAKE_CLIENT_SECRET");
    if (auth.clientId != null) {
      if (secret == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--client-id needs --client-secret or JOURNEY_FAKE_CLIENT_SECRET");
      }
      server.clientCredentials(auth.clientId, secret);
    }
    return server.start();
  }
}
