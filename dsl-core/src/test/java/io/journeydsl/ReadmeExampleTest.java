package io.journeydsl;

import static io.journeydsl.Journey.actionMap;
import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.contentOfferTemplate;
import static io.journeydsl.Journey.delay;
import static io.journeydsl.Journey.pattern;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static io.journeydsl.Journey.web;
import static io.journeydsl.criteria.JourneyKeys.PAGE_URL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.CallToActionTarget;
import io.journeydsl.actiontemplate.DisplayMode;
import io.journeydsl.actiontemplate.LayoutMode;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.segment.JourneySegment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The README's DSL example compiles, produces the golden bundle, and is the code the README shows. */
class ReadmeExampleTest {

  static JourneyConfig readmeExample() {
    // README-EXAMPLE-START
    JourneySegment pricing = segment("Pricing visitors")
        .color("#1E88E5")
        .journey(pattern(web(), 2, PAGE_URL.contains("/pricing")))
        .build();
    ActionTemplate sale = contentOfferTemplate("Spring sale", o -> o
            .displayMode(DisplayMode.MODAL).layoutMode(LayoutMode.LEFT_TEXT)
            .title("Spring sale").body("20% off")
            .callToAction(c -> c.text("Shop").url("https://shop.example.com/sale").target(CallToActionTarget.BLANK)))
        .build();
    ActionMap offer = actionMap("Offer the sale on pricing")
        .triggerWithSegments(pricing)                 // typed reference, resolved to an id at deploy
        .pageUrlConditions(url().contains("/pricing"))
        .activation(delay(Duration.ofSeconds(15)))
        .action(contentOffer(sale))                   // one variant per mediaType
        .weight(3)
        .build();

    JourneyConfig config = JourneyConfig.of(pricing, sale, offer);
    // README-EXAMPLE-END
    return config;
  }

  @Test
  void producesTheGoldenBundle() throws Exception {
    JsonNode golden = JourneyJson.mapper().readTree(
        Objects.requireNonNull(getClass().getResourceAsStream("/readme-example.json"), "golden file"));
    assertThat(JourneyJson.mapper().readTree(readmeExample().toJson())).isEqualTo(golden);
  }

  @Test
  void readmeShowsExactlyThisCode() {
    DocSnippets.assertShown(Path.of("..", "README.md"), Path.of("src/test/java/io/journeydsl/ReadmeExampleTest.java"),
        "README-EXAMPLE");
  }

  @Test
  void readmeShowsTheGuidesCodeForChangingObjects() {
    // The README repeats two of the guide's examples; DslGuideTest compiles and checks them.
    Path guide = Path.of("src/test/java/io/journeydsl/DslGuideTest.java");
    DocSnippets.assertShown(Path.of("..", "README.md"), guide, "GUIDE-CHANGE");
    DocSnippets.assertShown(Path.of("..", "README.md"), guide, "GUIDE-UPDATE");
  }
}
