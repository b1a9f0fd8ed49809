package io.journeydsl.cli;

import io.journeydsl.JourneyConfig;
import io.journeydsl.analytics.AggregateRow;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.error.JourneyApiException;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.simulator.SessionsFile;
import io.journeydsl.testkit.simulator.SimulatedAnalytics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code journey query BUNDLE [--query INDEX | --query-file FILE] [--fake [--sessions FILE] | CONNECTION]
 * [--chart FILE.svg]}: runs a journey analytics aggregate query against an org or the in-memory fake
 * and prints the rows as a table, group values that are ids of the bundle's objects shown by name.
 */
@Command(name = "query", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
    header = "Run an analytics aggregate query and print a table (and a chart).",
    description = {"Run a journey analytics aggregate query against an org or the in-memory fake and print one row",
        "per interval, group and metric; group values that are ids of the bundle's objects are shown by name.",
        "The query is the bundle's aggregateQueries[INDEX] or a JSON file. With --fake the query runs on an",
        "in-memory fake seeded with the bundle and, with --sessions, the events of simulated visitors (the",
        "sessions file of `journey simulate`). --chart also draws the counts over time as an SVG line chart."},
    exitCodeList = {"0:Queried.", "1:Any error, usage errors included: unreadable bundle, query or sessions file, connection, refused query."},
    footer = {"  journey query --fake --sessions sessions.json --chart offers.svg bundle.json",
        "  journey query --region eu-west-1 --query-file weekly-offers.json bundle.json"})
final class QueryCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--query", paramLabel = "INDEX", defaultValue = "0",
      description = "Which of the bundle's aggregateQueries to run, from 0. Default: ${DEFAULT-VALUE}.")
  int index;

  @Option(names = "--query-file", paramLabel = "FILE", description = "Run the aggregate query in this JSON file instead.")
  Path queryFile;

  @Option(names = "--fake", description = "Query an in-memory fake seeded with the bundle instead of an org.")
  boolean fake;

  @Option(names = "--sessions", paramLabel = "FILE",
      description = "With --fake: simulate these visitors (docs/simulator.md) and count their events.")
  Path sessions;

  @Option(names = "--chart", paramLabel = "FILE.svg", description = "Also write an SVG line chart of the counts over time.")
  Path chart;

  @ArgGroup(validate = false, heading = ConnectionOptions.HEADING)
  ConnectionOptions connection = new ConnectionOptions();

  @Parameters(paramLabel = "BUNDLE", description = "The bundle: its objects name the group values, and seed the fake.")
  Path bundle;

  /** The command cannot go on; the message says why. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    Stop(String message) {
      super(message);
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (sessions != null && !fake) {
        throw new Stop("--sessions needs --fake: simulated visitors can only be counted by the fake");
      }
      JourneyConfig config = BundleInput.read(bundle);
      JourneyAggregationQuery query = query(config);
      List<AggregateRow> rows = fake ? onFake(config, query) : onOrg(config, query);
      out.print(RowTable.render(rows, groupBy(query)));
      out.flush();
      if (chart != null) {
        Files.writeString(chart, SvgChart.render(title(query), rows, groupBy(query)), StandardCharsets.UTF_8);
      }
      return 0;
    } catch (Stop | BundleInput.Unusable | ConnectionOptions.Invalid e) {
      return fail(err, e.getMessage());
    } catch (IOException e) {
      return fail(err, "cannot write " + chart + ": " + e.getMessage());
    } catch (JourneyApiException | IllegalArgumentException e) {
      return fail(err, e.getMessage());
    }
  }

  private JourneyAggregationQuery query(JourneyConfig config) throws Stop {
    if (queryFile != null) {
      try {
        return JourneyJson.read(BundleText.read(queryFile), JourneyAggregationQuery.class);
      } catch (BundleText.Unreadable e) {
        throw new Stop(queryFile + ": " + e.getMessage());
      } catch (RuntimeException e) {
        throw new Stop(queryFile + ": not an aggregate query: " + ServeCommand.oneLine(e));
      }
    }
    List<JourneyAggregationQuery> queries = config.aggregateQueries();
    if (index < 0 || index >= queries.size()) {
      throw new Stop(bundle + " has " + queries.size() + " aggregate queries; --query " + index + " names none"
          + (queries.isEmpty() ? " (give --query-file FILE)" : " (0 to " + (queries.size() - 1) + ")"));
    }
    return queries.get(index);
  }

  private List<AggregateRow> onOrg(JourneyConfig config, JourneyAggregationQuery query) throws ConnectionOptions.Invalid {
    try (JourneyClient client = connection.connect()) {
      return client.analytics().rows(query, config);
    }
  }

  private List<AggregateRow> onFake(JourneyConfig config, JourneyAggregationQuery query) throws Stop {
    try (FakeJourneyApi api = FakeJourneyApi.create(); JourneyClient client = api.client()) {
      api.seed(config);
      if (sessions != null) {
        SessionsFile file;
        try {
          file = SessionsFile.read(BundleText.read(sessions));
        } catch (BundleText.Unreadable e) {
          throw new Stop(sessions + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
          throw new Stop(sessions + ": " + e.getMessage());
        }
        SimulatedAnalytics.feed(api, file.simulator(config).simulate(file.visitors()));
      }
      return client.analytics().rows(query, config);
    }
  }

  private static List<io.journeydsl.analytics.JourneyDimension> groupBy(JourneyAggregationQuery query) {
    return query.groupBy() == null ? List.of() : query.groupBy();
  }

  private static String title(JourneyAggregationQuery query) {
    return String.join(", ", query.metrics() == null ? List.of() : query.metrics().stream().map(m -> m.value()).toList())
        + (groupBy(query).isEmpty() ? "" : " by " + String.join(", ", groupBy(query).stream().map(d -> d.value()).toList()))
        + (query.interval() == null ? "" : " over " + query.interval());
  }

  private static int fail(PrintWriter err, String message) {
    err.println("journey query: " + message);
    err.flush();
    return 1;
  }
}
