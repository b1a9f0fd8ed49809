package io.journeydsl.testkit.simulator;

import static io.journeydsl.Journey.actionMap;
import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.contentOfferTemplate;
import static io.journeydsl.Journey.contextPattern;
import static io.journeydsl.Journey.delay;
import static io.journeydsl.Journey.immediate;
import static io.journeydsl.Journey.pattern;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static io.journeydsl.Journey.web;
import static io.journeydsl.Journey.webMessagingOffer;
import static io.journeydsl.testkit.assertj.JourneyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.DisplayMode;
import io.journeydsl.actiontemplate.LayoutMode;
import io.journeydsl.criteria.ContextKeys;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.segment.JourneySegment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JUnit example of {@code docs/simulator.md} is this class's code: it compiles, passes, and the
 * guide still shows it ({@link #theGuideShowsExactlyThisCode()}).
 */
class SimulatorGuideTest {

  @Test
  void aMobileVisitorWhoViewsPricingTwiceGetsTheSaleNotTheChat() {
    // GUIDE-JUNIT-START
    JourneySegment pricing = segment("Pricing visitors")
        .journey(pattern(web(), 2, JourneyKeys.PAGE_URL.contains("/pricing"))).build();
    JourneySegment mobile = segment("Mobile shoppers")
        .context(contextPattern(ContextKeys.DEVICE_CATEGORY.equal("mobile"))).build();
    ActionTemplate sale = contentOfferTemplate("Spring sale",
        o -> o.displayMode(DisplayMode.MODAL).layoutMode(LayoutMode.LEFT_TEXT).title("20% off")).build();
    ActionMap offer = actionMap("Offer the sale").triggerWithSegments(pricing)
        .pageUrlConditions(url().contains("/pricing")).activation(delay(Duration.ofSeconds(15)))
        .action(contentOffer(sale)).weight(3).build();
    ActionMap chat = actionMap("Chat on checkout").triggerWithSegments(mobile)
        .pageUrlConditions(url().contains("/checkout")).activation(immediate())
        .action(webMessagingOffer("Questions?")).weight(2).build();
    JourneyConfig config = JourneyConfig.of(pricing, mobile, sale, offer, chat);

    Instant t0 = Instant.parse("2026-03-10T10:00:00Z");
    Visitor ann = Visitor.named("ann").withContext("device.category", "mobile")
        .withSession(Session.web("s1",
            VisitorEvent.pageView(t0, "https://shop.example.com/home"),
            VisitorEvent.pageView(t0.plusSeconds(20), "https://shop.example.com/pricing"),
            VisitorEvent.pageView(t0.plusSeconds(40), "https://shop.example.com/pricing?plan=pro"),
            VisitorEvent.pageView(t0.plusSeconds(90), "https://shop.example.com/blog")));

    Simulation simulation = JourneySimulator.of(config).simulate(ann);

    assertThat(simulation).visitor(ann)
        .afterEvent(2).doesNotMatchSegment("Pricing visitors")
        .afterEvent(3).matchesSegment("Pricing visitors").matchesSegment("Mobile shoppers")
        .offers("Offer the sale")
        .neverOffers("Chat on checkout");
    // GUIDE-JUNIT-END
    assertThat(simulation.visitor("ann").afterEvent(3).offers().get(0).at()).isEqualTo(t0.plusSeconds(55));
  }

  @Test
  void theGuideShowsExactlyThisCode() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/journeydsl/testkit/simulator/SimulatorGuideTest.java"),
        StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("// GUIDE-JUNIT-START\\n(.*?)\\n\\s*// GUIDE-JUNIT-END", Pattern.DOTALL).matcher(source);
    assertThat(m.find()).as("the marked snippet").isTrue();
    String guide = Files.readString(Path.of("..", "docs", "simulator.md"), StandardCharsets.UTF_8);
    assertThat(normalize(guide)).as("docs/simulator.md shows the JUnit example").contains(normalize(m.group(1)));
  }

  private static String normalize(String code) {
    return code.replaceAll("\\s+", " ").trim();
  }
}
