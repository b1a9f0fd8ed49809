package io.journeydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import io.journeydsl.JourneyConfig;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import io.journeydsl.testkit.simulator.SessionsFile;
import io.journeydsl.testkit.simulator.SimulatedAnalytics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** {@code journey query} on the fake fed with simulated visitors: the table, the SVG chart, the errors. */
class QueryCommandTest {
  /** Four visitors on the pricing page in three different weeks of the demo query's March; one accepts the offer. */
  private static final String SESSIONS = """
      { "visitors": [
          { "id": "ann", "responses": { "*": "accepted" }, "sessions": [ { "id": "a1", "events": [
              { "at": "2026-03-03T10:00:00Z", "page": "https://shop.example.com/pricing" },
              { "at": "2026-03-03T10:00:30Z", "page": "https://shop.example.com/pricing" } ] } ] },
          { "id": "bob", "sessions": [ { "id": "b1", "events": [
              { "at": "2026-03-10T10:00:00Z", "page": "https://shop.example.com/pricing" },
              { "at": "2026-03-10T10:00:30Z", "page": "https://shop.example.com/pricing" } ] } ] },
          { "id": "cat", "sessions": [ { "id": "c1", "events": [
              { "at": "2026-03-11T10:00:00Z", "page": "https://shop.example.com/pricing" },
              { "at": "2026-03-11T10:00:30Z", "page": "https://shop.example.com/pricing" } ] } ] },
          { "id": "dan", "sessions": [ { "id": "d1", "events": [
              { "at": "2026-03-17T10:00:00Z", "page": "https://shop.example.com/pricing" },
              { "at": "2026-03-17T10:00:30Z", "page": "https://shop.example.com/pricing" } ] } ] } ] }
      """;

  @TempDir
  Path dir;
  Path bundle;
  Path sessions;

  @BeforeEach
  void files() throws Exception {
    bundle = Files.writeString(dir.resolve("bundle.json"), DemoConfig.create().toJson(), StandardCharsets.UTF_8);
    sessions = Files.writeString(dir.resolve("sessions.json"), SESSIONS, StandardCharsets.UTF_8);
  }

  @Test
  void printsTheRowsWithTheActionMapsByName() {
    CliRun r = CliRun.of("query", "--fake", "--sessions", sessions.toString(), bundle.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(String.join(System.lineSeparator(),
        "interval                                           journeyActionMapId         metric               count",
        "-------------------------------------------------  -------------------------  -------------------  -----",
        "2026-03-01T00:00:00.000Z/2026-03-08T00:00:00.000Z  Offer the sale on pricing  nWebActionsOffered       1",
        "2026-03-01T00:00:00.000Z/2026-03-08T00:00:00.000Z  Offer the sale on pricing  nWebActionsAccepted      1",
        "2026-03-08T00:00:00.000Z/2026-03-15T00:00:00.000Z  Offer the sale on pricing  nWebActionsOffered       2",
        "2026-03-15T00:00:00.000Z/2026-03-22T00:00:00.000Z  Offer the sale on pricing  nWebActionsOffered       1",
        "4 rows", ""));
  }

  @Test
  void anOrgOverHttpGivesTheSameTable() {
    JourneyConfig config = DemoConfig.create();
    SessionsFile file = SessionsFile.read(SESSIONS);
    try (FakeJourneyApi org = FakeJourneyApi.create();
        FakeJourneyServer server = FakeJourneyServer.builder(org).bearerToken("query-token").start()) {
      org.seed(config);
      SimulatedAnalytics.feed(org, file.simulator(config).simulate(file.visitors()));

      CliRun overHttp = CliRun.of("query", "--base-url", server.baseUri().toString(), "--token", "query-token", bundle.toString());

      assertThat(overHttp.exit()).as(overHttp.err()).isZero();
      assertThat(overHttp.out()).isEqualTo(CliRun.of("query", "--fake", "--sessions", sessions.toString(), bundle.toString()).out());
    }
  }

  @Test
  void chartIsWellFormedSvgWithOneLinePerGroupAndMetric() throws Exception {
    Path svg = dir.resolve("offers.svg");

    CliRun r = CliRun.of("query", "--fake", "--sessions", sessions.toString(), "--chart", svg.toString(), bundle.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    Document doc = parse(Files.readString(svg, StandardCharsets.UTF_8));
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(doc.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
    List<Element> series = new ArrayList<>();
    NodeList groups = doc.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      series.add((Element) groups.item(i));
    }
    assertThat(series).extracting(g -> g.getElementsByTagName("title").item(0).getTextContent())
        .containsExactly("Offer the sale on pricing · nWebActionsOffered", "Offer the sale on pricing · nWebActionsAccepted");
    // Three weeks on the x axis: three points per line, the accepted line back at 0 after the first week.
    for (Element g : series) {
      String points = ((Element) g.getElementsByTagName("polyline").item(0)).getAttribute("points");
      assertThat(points.split(" ")).hasSize(3);
      assertThat(g.getElementsByTagName("circle").getLength()).isEqualTo(3);
    }
    assertThat(circleTitles(series.get(0))).containsExactly(
        "Offer the sale on pricing · nWebActionsOffered 2026-03-01T00:00:00.000Z/2026-03-08T00:00:00.000Z: 1",
        "Offer the sale on pricing · nWebActionsOffered 2026-03-08T00:00:00.000Z/2026-03-15T00:00:00.000Z: 2",
        "Offer the sale on pricing · nWebActionsOffered 2026-03-15T00:00:00.000Z/2026-03-22T00:00:00.000Z: 1");
    assertThat(circleTitles(series.get(1))).extracting(t -> t.substring(t.lastIndexOf(' ') + 1)).containsExactly("1", "0", "0");
    assertThat(Files.readString(svg)).contains(">2026-03-01<", ">2026-03-08<", ">2026-03-15<");
  }

  private static List<String> circleTitles(Element group) {
    List<String> titles = new ArrayList<>();
    NodeList circles = group.getElementsByTagName("circle");
    for (int i = 0; i < circles.getLength(); i++) {
      titles.add(((Element) circles.item(i)).getElementsByTagName("title").item(0).getTextContent());
    }
    return titles;
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  @Test
  void aQueryFromAFile() throws Exception {
    Path query = Files.writeString(dir.resolve("query.json"),
        "{ \"interval\": \"2026-03-01T00:00:00Z/2026-03-29T00:00:00Z\", \"metrics\": [ \"nWebActionsOffered\" ] }");

    CliRun r = CliRun.of("query", "--fake", "--sessions", sessions.toString(), "--query-file", query.toString(), bundle.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("2026-03-01T00:00:00(\\.000)?Z/2026-03-29T00:00:00(\\.000)?Z  nWebActionsOffered +4")
        .endsWith("1 row" + System.lineSeparator());
  }

  @Test
  void errorsAreOneLineAndExitOne() {
    CliRun noSuchQuery = CliRun.of("query", "--fake", "--query", "5", bundle.toString());
    CliRun sessionsWithoutFake = CliRun.of("query", "--sessions", sessions.toString(), bundle.toString());
    CliRun noOrg = CliRun.of("query", bundle.toString());
    CliRun usage = CliRun.of("query", "--no-such-option", bundle.toString());

    assertThat(noSuchQuery.exit()).isEqualTo(1);
    assertThat(noSuchQuery.err()).isEqualTo(String.format(
        "journey query: %s has 1 aggregate queries; --query 5 names none (0 to 0)%n", bundle));
    assertThat(sessionsWithoutFake.exit()).isEqualTo(1);
    assertThat(sessionsWithoutFake.err()).contains("--sessions needs --fake");
    assertThat(noOrg.exit()).isEqualTo(1);
    assertThat(noOrg.err()).contains("give either --base-url URL or --region R").doesNotContain("\tat ");
    assertThat(usage.exit()).isEqualTo(1);
  }
}
