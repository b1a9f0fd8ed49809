package io.journeydsl.testkit.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every float and double field of every request body comes back from the fake with the digits it
 * was sent with ({@code 0.52}, never {@code 0.5199999809265137}), in memory and over HTTP. The JSON
 * text is compared: that is what a client of the emulator sees.
 */
class NumbersComeBackAsSentProperties {
  private static FakeJourneyApi fake;
  private static FakeJourneyServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** One body per decimal field: where the number goes and the collection to create it in. */
  private record Site(String collection, String bodyTemplate, String pathInAnswer) {}

  private static final List<Site> SITES = List.of(
      new Site("actiontemplates", "{\"name\":\"t%2$s\",\"mediaType\":\"contentOffer\",\"state\":\"Active\","
          + "\"contentOffer\":{\"displayMode\":\"Modal\",\"layoutMode\":\"TextOnly\",\"style\":{\"closeButton\":{\"opacity\":%1$s}}}}",
          "/contentOffer/style/closeButton/opacity"),
      new Site("actionmaps", conditionMap("triggerWithOutcomeProbabilityConditions", "maximumProbability"),
          "/triggerWithOutcomeProbabilityConditions/0/maximumProbability"),
      new Site("actionmaps", conditionMap("triggerWithOutcomeProbabilityConditions", "probability"),
          "/triggerWithOutcomeProbabilityConditions/0/probability"),
      new Site("actionmaps", conditionMap("triggerWithOutcomeQuantileConditions", "maxQuantileThreshold"),
          "/triggerWithOutcomeQuantileConditions/0/maxQuantileThreshold"),
      new Site("actionmaps", conditionMap("triggerWithOutcomeQuantileConditions", "fallbackQuantileThreshold"),
          "/triggerWithOutcomeQuantileConditions/0/fallbackQuantileThreshold"),
      new Site("actionmaps", conditionMap("triggerWithOutcomePercentileConditions", "maximumPercentile"),
          "/triggerWithOutcomePercentileConditions/0/maximumPercentile"),
      new Site("actionmaps", conditionMap("triggerWithOutcomePercentileConditions", "fallbackPercentile"),
          "/triggerWithOutcomePercentileConditions/0/fallbackPercentile"));

  private static String conditionMap(String conditions, String field) {
    String required = switch (conditions) {
      case "triggerWithOutcomeProbabilityConditions" -> "\"maximumProbability\":0.5,";
      case "triggerWithOutcomeQuantileConditions" -> "\"maxQuantileThreshold\":0.5,";
      default -> "\"maximumPercentile\":0.5,";
    };
    return "{\"displayName\":\"m%2$s\",\"triggerWithSegments\":[\"%3$s\"],\"pageUrlConditions\":[{\"values\":[\"/\"],"
        + "\"operator\":\"containsAll\"}],\"" + conditions + "\":[{\"outcomeId\":\"%4$s\"," + required.replace(
        "\"" + field + "\":0.5,", "") + "\"" + field + "\":%1$s}]}";
  }

  @BeforeContainer
  static void start() {
    fake = FakeJourneyApi.builder().seed(3).build();
    server = FakeJourneyServer.builder(fake).bearerToken("t").start();
  }

  @AfterContainer
  static void stop() {
    server.close();
  }

  @Property(tries = 150)
  void decimalsComeBackWithTheirDigits(@ForAll("sites") Site site, @ForAll("decimals") String number,
      @ForAll boolean overHttp) throws Exception {
    String segmentId = fake.client().segments().create(s -> s.displayName("s" + System.nanoTime())).id();
    String outcomeId = fake.client().outcomes().create(o -> o.displayName("o" + System.nanoTime())).id();
    String body = String.format(site.bodyTemplate(), number, System.nanoTime(), segmentId, outcomeId);

    String answer = overHttp ? post(site.collection(), body) : inMemory(site.collection(), body);

    JsonNode sent = JourneyJson.mapper().readTree(body);
    JsonNode value = JourneyJson.mapper().readTree(answer).at(site.pathInAnswer());
    assertThat(value.toString()).as("%s in %s", number, answer).isEqualTo(number);
    assertThat(sent.isObject()).isTrue();
  }

  private static String inMemory(String collection, String body) {
    Object created = collection.equals("actiontemplates")
        ? fake.client().actionTemplates().create(JourneyJson.read(body, io.journeydsl.actiontemplate.ActionTemplate.class))
        : fake.client().actionMaps().create(JourneyJson.read(body, io.journeydsl.actionmap.ActionMap.class));
    return JourneyJson.write(created);
  }

  private static String post(String collection, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUri() + "/api/v2/journey/" + collection))
        .header("Authorization", "Bearer t").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  @Provide
  Arbitrary<Site> sites() {
    return Arbitraries.of(SITES);
  }

  /** Decimals in [0, 1] with one to four digits, as a person writes them: 0.52, 0.1, 1, 0.0725. */
  @Provide
  Arbitrary<String> decimals() {
    Arbitrary<String> fractions = Arbitraries.integers().between(1, 4).flatMap(digits ->
        Arbitraries.integers().between(1, (int) Math.pow(10, digits) - 1).map(n -> {
          String text = String.format("0.%0" + digits + "d", n).replaceAll("0+$", "");
          return text;
        }));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, fractions), net.jqwik.api.Tuple.of(1, Arbitraries.of("1.0", "0.5")));
  }
}
