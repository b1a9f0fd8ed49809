package io.journeydsl.deploy.export;

import static io.journeydsl.Journey.actionMap;
import static io.journeydsl.Journey.architectFlow;
import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.contentOfferTemplate;
import static io.journeydsl.Journey.contextPattern;
import static io.journeydsl.Journey.custom;
import static io.journeydsl.Journey.delay;
import static io.journeydsl.Journey.event;
import static io.journeydsl.Journey.hardCoded;
import static io.journeydsl.Journey.likelihood;
import static io.journeydsl.Journey.lookup;
import static io.journeydsl.Journey.onNextVisit;
import static io.journeydsl.Journey.outcome;
import static io.journeydsl.Journey.pattern;
import static io.journeydsl.Journey.percentile;
import static io.journeydsl.Journey.quantile;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static io.journeydsl.Journey.web;
import static io.journeydsl.Journey.webMessagingOffer;
import static io.journeydsl.Journey.webchat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.journeydsl.JourneyConfig;
import io.journeydsl.Ref;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.AttributeType;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.ActionTemplateState;
import io.journeydsl.actiontemplate.CallToActionTarget;
import io.journeydsl.actiontemplate.DisplayMode;
import io.journeydsl.actiontemplate.LayoutMode;
import io.journeydsl.criteria.ContextKeys;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.ids.ActionTargetId;
import io.journeydsl.ids.FlowId;
import io.journeydsl.ids.ScheduleGroupId;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.ExternalSegmentSource;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.SegmentScope;
import java.time.Duration;
import java.time.Instant;

/**
 * A configuration such as a team keeps: segments on web and custom streams with context criteria,
 * an outcome, two templates (one inactive), and action maps using every kind of action and
 * condition, deprecated ones included; names and texts with quotes, backslashes, non-ASCII and
 * {@code ${}.
 */
final class RealisticOrg {
  private RealisticOrg() {}

  static JourneyConfig config() {
    JourneySegment pricing = segment("Pricing visitors")
        .color("#1E88E5")
        .isActive(true)
        .description("Saw \"pricing\" twice; path C:\\shop\\pricing; costs ${price} \u20ac; caf\u00e9 \ud83d\ude00\n")
        .shouldDisplayToAgent(true)
        .journey(pattern(web(), 2, JourneyKeys.PAGE_URL.contains("/pricing")))
        .context(contextPattern(ContextKeys.DEVICE_CATEGORY.equal("mobile"), ContextKeys.AUTHENTICATED.isTrue()))
        .build();
    JourneySegment kiosk = segment("Kiosk \"lobby\" visitors \u2713")
        .color("#43A047")
        .isActive(true)
        .assignmentExpirationDays(7)
        .journey(pattern(custom("kiosk"), "badge_scanned", 1, JourneyKeys.attribute("zone").equal("lobby"),
            JourneyKeys.PAGE_TITLE.ignoringCase().startsWith("Welcome")))
        .build();
    JourneySegment legacy = segment("Legacy loyalty members")
        .color("#8E24AA")
        .isActive(false)
        .scope(SegmentScope.CUSTOMER)
        .externalSegment(x -> x.id("aep-42").name("Loyalty").source(ExternalSegmentSource.ADOBE_EXPERIENCE_PLATFORM))
        .build();
    Outcome purchase = outcome("Purchase")
        .isActive(true)
        .isPositive(true)
        .journey(pattern(web(), 1, JourneyKeys.PAGE_URL.endsWith("/thank-you")))
        .build();
    ActionTemplate sale = contentOfferTemplate("Spring sale", o -> o.displayMode(DisplayMode.MODAL)
        .layoutMode(LayoutMode.LEFT_TEXT).title("Spring sale").body("20% off")
        .callToAction(c -> c.text("Shop").url("https://shop.example.com/sale").target(CallToActionTarget.BLANK)))
        .description("The yearly sale")
        .build();
    ActionTemplate oldBanner = contentOfferTemplate("Old banner", o -> o.displayMode(DisplayMode.TOAST)
        .layoutMode(LayoutMode.TEXT_ONLY).title("Old").body("Gone soon"))
        .state(ActionTemplateState.INACTIVE)
        .build();
    ActionMap offer = actionMap("Offer the sale on pricing")
        .isActive(true)
        .triggerWithSegments(pricing)
        .pageUrlConditions(url().contains("/pricing"), url().notContainsAny("/admin", "/internal"))
        .triggerWithEventConditions(java.util.List.of(event(web(), "page.url").named("page_viewed").contains("/cart")))
        .addTriggerWithOutcomeProbabilityConditions(likelihood(purchase).between(0.6f, 0.9f))
        .addTriggerWithOutcomeQuantileConditions(quantile(purchase).peakAboveNowBelow(0.8f, 0.5f))
        .activation(delay(Duration.ofSeconds(15)))
        .action(contentOffer(sale))
        .weight(3)
        .build();
    ActionMap callBack = actionMap("Call back in office hours")
        .isActive(true)
        .triggerWithSegments(Ref.to(pricing), Ref.to(kiosk))
        .pageUrlConditions(url().startsWith("https://shop.example.com/contact"))
        .actionMapScheduleGroups(ScheduleGroupId.of("office-hours"), ScheduleGroupId.of("storm-closure"))
        .action(architectFlow(FlowId.of("callback-flow"), hardCoded("queue", AttributeType.STRING, "Sales"),
            lookup("customerId", AttributeType.STRING, "session.customerId")))
        .ignoreFrequencyCap(true)
        .startDate(Instant.parse("2026-03-01T00:00:00.000Z"))
        .weight(1)
        .build();
    ActionMap chat = actionMap("Chat on help pages")
        .isActive(true)
        .triggerWithSegments(legacy)
        .pageUrlConditions(url().contains("/help"))
        .addTriggerWithOutcomePercentileConditions(percentile(purchase).atLeast(70f))
        .activation(onNextVisit())
        .action(webchat(p -> p.webchatPrompt("Need help?").webchatAcceptText("Yes").webchatDeclineText("No"))
            .routedTo(ActionTargetId.of("support-target")))
        .weight(2)
        .build();
    ActionMap message = actionMap("Message on checkout")
        .isActive(true)
        .triggerWithSegments(kiosk)
        .pageUrlConditions(url().contains("/checkout"))
        .action(webMessagingOffer("Questions about your order?", FlowId.of("inbound-message-flow")))
        .putUnknownField("experimentTag", TextNode.valueOf("checkout-b"))
        .weight(2)
        .build();
    return JourneyConfig.of(pricing, kiosk, legacy, purchase, sale, oldBanner, offer, callBack, chat, message);
  }
}
