package io.journeydsl.deploy.export;

import static io.journeydsl.Journey.actionMap;
import static io.journeydsl.Journey.aggregateQuery;
import static io.journeydsl.Journey.outcome;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.webMessagingOffer;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.Ref;
import io.journeydsl.analytics.JourneyMetric;
import io.journeydsl.segment.JourneySegment;
import org.junit.jupiter.api.Test;

/** The class written for a configuration: its names, and the shapes a bundle file may hold. */
class JavaSourceTest {

  @Test
  void methodNamesComeFromObjectNamesAndNeverCollide() {
    JourneyConfig config = JourneyConfig.of(segment("Pricing visitors").build(), segment("pricing-visitors").build(),
        JourneySegment.builder().displayName("   ").build(), segment("\u00e9t\u00e9").build(), outcome("Pricing visitors").build(),
        actionMap("Config").action(webMessagingOffer("Hi")).build());

    String source = JavaSource.of(config, "com.example", "Names");

    assertThat(source).contains("        segmentPricingVisitors(),\n        segmentPricingVisitors_2(),\n"
        + "        segment1(),\n        segmentT(),\n        outcomePricingVisitors(),\n        actionMapConfig());");
    assertThat(CompiledConfig.of("com.example.Names", source).toJson()).isEqualTo(config.toJson());
  }

  @Test
  void aClassNamedLikeATypeItUsesStillCompiles() {
    JourneyConfig config = JourneyConfig.of(actionMap("Greet").triggerWithSegments(Ref.segment("Shoppers"))
        .action(webMessagingOffer("Hi")).build());

    for (String className : new String[] {"Ref", "JourneyConfig", "ActionMap", "List"}) {
      String source = JavaSource.of(config, "", className);

      assertThat(CompiledConfig.of(className, source).toJson()).as(className).isEqualTo(config.toJson());
    }
  }

  @Test
  void aggregateQueriesOfABundleAreWrittenToo() {
    JourneyConfig config = JourneyConfig.of(aggregateQuery()
        .interval("2026-01-01T00:00:00.000Z/2026-01-08T00:00:00.000Z")
        .metrics(JourneyMetric.N_WEB_ACTIONS_OFFERED)
        .granularity("P1D")
        .build());

    String source = JavaSource.of(config, "q", "Queries");

    assertThat(CompiledConfig.of("q.Queries", source).toJson()).isEqualTo(config.toJson());
  }
}
