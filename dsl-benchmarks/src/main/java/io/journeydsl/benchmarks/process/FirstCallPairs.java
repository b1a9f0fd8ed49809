package io.journeydsl.benchmarks.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.benchmarks.MixedBundles;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.ServerOptions;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Row 5b: time to the first successful call in a new process, journey-dsl ({@link FirstCallOurs})
 * vs the SDK ({@link FirstCallSdk}), each on its own runtime class path, against one loopback fake
 * that this process serves for the whole run (bearer token, 100 stored segments). The two run in
 * pairs, first one then the other, the order swapped every pair, so machine noise hits both alike;
 * one pair before the measured ones warms the fake's side of the call up and is not written. Writes
 * one JSON line per process: client, pair, wall milliseconds to its answer and to its exit, and the
 * in-process milliseconds from {@code main} to the answer that the child printed.
 *
 * <p>{@code java -cp benchmarks.jar ...FirstCallPairs PAIRS OUT.jsonl OURS_CLASSPATH SDK_CLASSPATH}
 */
public final class FirstCallPairs {
  private static final String TOKEN = "first-call-token";

  private FirstCallPairs() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: FirstCallPairs PAIRS OUT.jsonl OURS_CLASSPATH SDK_CLASSPATH");
      System.exit(2);
    }
    int pairs = Integer.parseInt(args[0]);
    ObjectMapper mapper = new ObjectMapper();
    FakeJourneyApi fake = FakeJourneyApi.create();
    MixedBundles.storeSegments(fake, 100);
    try (FakeJourneyServer server = fake.serve(ServerOptions.defaults().withBearerToken(TOKEN));
        PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[1])), true, StandardCharsets.UTF_8)) {
      String base = server.baseUri().toString();
      Map<String, List<String>> commands = Map.of(
          "journey-dsl", List.of(TimedProcess.java(), "-cp", args[2], FirstCallOurs.class.getName(), base, TOKEN),
          "sdk", List.of(TimedProcess.java(), "-cp", args[3], FirstCallSdk.class.getName(), base, TOKEN));
      for (int pair = 0; pair <= pairs; pair++) {
        List<String> order = pair % 2 == 0 ? List.of("journey-dsl", "sdk") : List.of("sdk", "journey-dsl");
        for (String client : order) {
          TimedProcess run = TimedProcess.run(commands.get(client), Map.of());
          if (run.answer() == null) {
            throw new IllegalStateException(client + " printed no answer");
          }
          if (pair > 0) {
            ObjectNode line = (ObjectNode) mapper.readTree(run.answer());
            line.put("pair", pair).put("answerWallMs", run.answerMs()).put("exitWallMs", run.exitMs());
            out.println(mapper.writeValueAsString(line));
          }
        }
      }
    }
  }
}
