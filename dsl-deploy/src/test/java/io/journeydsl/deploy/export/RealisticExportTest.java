package io.journeydsl.deploy.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.validation.RuleCodes;
import io.journeydsl.validation.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Export of an org holding a configuration such as a team keeps ({@link RealisticOrg}). */
class RealisticExportTest {
  private ExportResult export;

  @BeforeEach
  void exportTheOrg() {
    FakeJourneyApi org = FakeJourneyApi.builder().acceptUnknownFields(true).build();
    org.seed(RealisticOrg.config());
    export = Exporter.over(org.client()).export();
  }

  @Test
  void theCompiledJavaBuildsTheExportedBundle() {
    String source = export.javaSource("com.example.journey", "JourneyConfiguration");

    JourneyConfig compiled = CompiledConfig.of("com.example.journey.JourneyConfiguration", source);

    assertThat(compiled.toJson()).isEqualTo(export.bundleJson());
  }

  @Test
  void theBundleIsTheConfigurationPutInSortedByNameWithNoServerField() {
    JourneyConfig original = RealisticOrg.config();
    JourneyConfig sorted = JourneyConfig.builder()
        .addAllSegments(original.segments().stream().sorted(Comparator.comparing(JourneySegment::displayName)).toList())
        .addAllOutcomes(original.outcomes().stream().sorted(Comparator.comparing(Outcome::displayName)).toList())
        .addAllActionTemplates(original.actionTemplates().stream().sorted(Comparator.comparing(ActionTemplate::name)).toList())
        .addAllActionMaps(original.actionMaps().stream().sorted(Comparator.comparing(ActionMap::displayName)).toList())
        .build();

    assertThat(export.bundleJson()).isEqualTo(sorted.toJson());
    assertThat(JourneyConfig.fromJson(export.bundleJson()).toJson()).isEqualTo(export.bundleJson());
  }

  @Test
  void theJavaReadsAsWrittenByHand() {
    String source = export.javaSource("com.example.journey", "JourneyConfiguration");
    // The same text with the line breaks of wrapping taken out, to look for whole expressions.
    String flat = source.replaceAll(",\n\\s+", ", ").replaceAll("\n\\s+\\.", ".");

    assertThat(source)
        .startsWith("package com.example.journey;\n\nimport static io.journeydsl.Journey.*;\n")
        .contains("  public static JourneyConfig config() {\n    return JourneyConfig.of(\n        segmentKioskLobbyVisitors(),\n")
        .contains("""
              static ActionTemplate templateSpringSale() {
                return contentOfferTemplate("Spring sale",
                        c -> c.displayMode(DisplayMode.MODAL)
                            .layoutMode(LayoutMode.LEFT_TEXT)
                            .title("Spring sale")
                            .body("20% off")
                            .callToAction(c2 -> c2.text("Shop")
                                .url("https://shop.example.com/sale")
                                .target(CallToActionTarget.BLANK)))
                    .description("The yearly sale")
                    .build();
              }
            """)
        .contains("""
                return segment("Pricing visitors")
                    .isActive(true)
            """);
    assertThat(source.lines().filter(line -> line.length() > 120)).isEmpty();
    assertThat(flat)
        .contains(".journey(pattern(web(), 2, JourneyKeys.PAGE_URL.contains(\"/pricing\")))")
        .contains(".journey(pattern(custom(\"kiosk\"), \"badge_scanned\", 1, JourneyKeys.attribute(\"zone\").equal(\"lobby\"), "
            + "JourneyKeys.PAGE_TITLE.ignoringCase().startsWith(\"Welcome\")))")
        .contains(".context(contextPattern(ContextKeys.DEVICE_CATEGORY.equal(\"mobile\"), ContextKeys.AUTHENTICATED.isTrue()))")
        .contains(".triggerWithSegments(Ref.segment(\"Pricing visitors\"), Ref.segment(\"Kiosk \\\"lobby\\\" visitors \\u2713\"))")
        .contains(".triggerWithOutcomeProbabilityConditions(List.of(likelihood(Ref.outcome(\"Purchase\")).between(0.6f, 0.9f)))")
        .contains(".triggerWithOutcomeQuantileConditions(List.of(quantile(Ref.outcome(\"Purchase\")).peakAboveNowBelow(0.8f, 0.5f)))")
        .contains(".pageUrlConditions(url().contains(\"/pricing\"), url().notContainsAny(\"/admin\", \"/internal\"))")
        .contains(".triggerWithEventConditions(List.of(event(web(), \"page.url\").named(\"page_viewed\").contains(\"/cart\")))")
        .contains(".activation(delay(Duration.ofSeconds(15)))")
        .contains(".action(contentOffer(Ref.actionTemplate(\"Spring sale\")))")
        .contains(".action(architectFlow(FlowId.of(\"callback-flow\"), hardCoded(\"queue\", AttributeType.STRING, \"Sales\"), "
            + "lookup(\"customerId\", AttributeType.STRING, \"session.customerId\")))")
        .contains(".actionMapScheduleGroups(ScheduleGroupId.of(\"office-hours\"), ScheduleGroupId.of(\"storm-closure\"))")
        .contains(".action(webchat(a -> a.webchatPrompt(\"Need help?\").webchatAcceptText(\"Yes\").webchatDeclineText(\"No\"))"
            + ".routedTo(ActionTargetId.of(\"support-target\")))")
        .contains(".action(webMessagingOffer(\"Questions about your order?\", FlowId.of(\"inbound-message-flow\")))")
        .contains("return contentOfferTemplate(\"Old banner\", c -> c.displayMode(DisplayMode.TOAST)")
        .contains(".state(ActionTemplateState.INACTIVE)")
        .contains(".putUnknownField(\"experimentTag\", json(\"\\\"checkout-b\\\"\"))")
        .contains("\"Saw \\\"pricing\\\" twice; path C:\\\\shop\\\\pricing; costs ${price} \\u20ac; caf\\u00e9 \\ud83d\\ude00\\n\"")
        // Every object has a DSL form here: no builder of the wire model is needed.
        .doesNotContain(".builder()");
  }

  @Test
  void theSameOrgExportsTheSameText() {
    FakeJourneyApi again = FakeJourneyApi.builder().acceptUnknownFields(true).build();
    JourneyConfig original = RealisticOrg.config();
    // Created in another order, so ids and listing order differ.
    again.seed(JourneyConfig.builder().addAllSegments(reversed(original.segments()))
        .addAllOutcomes(original.outcomes()).addAllActionTemplates(reversed(original.actionTemplates()))
        .addAllActionMaps(reversed(original.actionMaps())).build());

    ExportResult second = Exporter.over(again.client()).export();

    assertThat(second.bundleJson()).isEqualTo(export.bundleJson());
    assertThat(second.javaSource("p", "C")).isEqualTo(export.javaSource("p", "C"));
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> out = new ArrayList<>(list);
    Collections.reverse(out);
    return out;
  }

  @Test
  void theDeprecatedConstructsAreListedForMigration() {
    assertThat(export.deprecations()).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
        tuple("actionMaps[Chat on help pages].action.mediaType", RuleCodes.DEPRECATED_WEBCHAT),
        tuple("actionMaps[Chat on help pages].triggerWithOutcomePercentileConditions",
            RuleCodes.DEPRECATED_PERCENTILE_CONDITIONS),
        tuple("actionMaps[Offer the sale on pricing].triggerWithOutcomeProbabilityConditions",
            RuleCodes.DEPRECATED_OUTCOME_CONDITIONS),
        tuple("actionMaps[Offer the sale on pricing].triggerWithOutcomeQuantileConditions",
            RuleCodes.DEPRECATED_OUTCOME_CONDITIONS),
        tuple("outcomes[Purchase]", RuleCodes.DEPRECATED_OUTCOMES_ENDPOINT),
        tuple("segments[Legacy loyalty members].externalSegment",
            RuleCodes.DEPRECATED_EXTERNAL_SEGMENT),
        tuple("segments[Legacy loyalty members].scope", RuleCodes.DEPRECATED_SEGMENT_SCOPE));
    assertThat(export.warnings()).containsAll(export.deprecations());
    assertThat(export.migrationReport())
        .startsWith("Exported 3 segments, 1 outcomes, 2 action templates, 4 action maps.\n"
            + "Deprecated constructs to migrate (7):\n")
        .contains("  WARNING deprecated.mediaType.webchat at actionMaps[Chat on help pages].action.mediaType: ")
        .contains("Other findings of the validator (");
    assertThat(export.notes()).isEmpty();
  }
}
