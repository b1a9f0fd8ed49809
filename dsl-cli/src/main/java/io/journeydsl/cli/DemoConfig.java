package io.journeydsl.cli;

import static io.journeydsl.Journey.actionMap;
import static io.journeydsl.Journey.aggregateQuery;
import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.contentOfferTemplate;
import static io.journeydsl.Journey.contextPattern;
import static io.journeydsl.Journey.delay;
import static io.journeydsl.Journey.dimension;
import static io.journeydsl.Journey.immediate;
import static io.journeydsl.Journey.outcome;
import static io.journeydsl.Journey.pattern;
import static io.journeydsl.Journey.quantile;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static io.journeydsl.Journey.web;
import static io.journeydsl.Journey.webMessagingOffer;

import io.journeydsl.JourneyConfig;
import io.journeydsl.Ref;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.CallToActionTarget;
import io.journeydsl.actiontemplate.DisplayMode;
import io.journeydsl.actiontemplate.LayoutMode;
import io.journeydsl.actiontemplate.TextAlignment;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.analytics.JourneyDimension;
import io.journeydsl.analytics.JourneyMetric;
import io.journeydsl.analytics.Predicates;
import io.journeydsl.criteria.ContextKeys;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.outcome.AssociatedValueDataType;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/**
 * The example configuration of {@code journey demo}: an online shop that offers a spring sale to
 * pricing-page visitors, chat to hesitant mobile checkouts, and help to visitors likely to convert.
 */
final class DemoConfig {
  private DemoConfig() {}

  static JourneyConfig create() {
    JourneySegment pricing = segment("Pricing visitors")
        .description("Visited the pricing page at least twice")
        .color("#1E88E5")
        .isActive(true)
        .shouldDisplayToAgent(true)
        .journey(pattern(web(), 2, JourneyKeys.PAGE_URL.contains("/pricing")))
        .build();
    JourneySegment mobile = segment("Mobile shoppers")
        .color("#43A047")
        .isActive(true)
        .context(contextPattern(ContextKeys.DEVICE_CATEGORY.equal("mobile")))
        .build();
    JourneySegment returning = segment("Returning UK customers")
        .color("#FB8C00")
        .isActive(true)
        .assignmentExpirationDays(30)
        .context(contextPattern(ContextKeys.GEOLOCATION_COUNTRY.ignoringCase().equal("gb"),
            ContextKeys.AUTHENTICATED.isTrue()))
        .journey(pattern(web(), 1, JourneyKeys.PAGE_PATHNAME.startsWith("/account")))
        .build();

    Outcome purchase = outcome("Purchase completed")
        .description("Reached the order confirmation page")
        .isActive(true)
        .isPositive(true)
        .journey(pattern(web(), 1, JourneyKeys.PAGE_URL.contains("/order/confirmation")))
        .associatedValueField(f -> f.dataType(AssociatedValueDataType.NUMBER).name("attributes.orderTotal.value"))
        .build();

    ActionTemplate sale = contentOfferTemplate("Spring sale", o -> o
            .displayMode(DisplayMode.MODAL)
            .layoutMode(LayoutMode.LEFT_TEXT)
            .title("Spring sale")
            .headline("20% off all plans")
            .body("Upgrade before the end of the month and save.")
            .imageUrl("https://shop.example.com/img/spring.png")
            .callToAction(c -> c.text("Shop now").url("https://shop.example.com/sale").target(CallToActionTarget.BLANK))
            .style(s -> s.ctaButton(b -> b.color("#FFFFFF").backgroundColor("#1E88E5").textAlign(TextAlignment.CENTER))))
        .description("Modal offer for the spring campaign")
        .build();
    ActionTemplate help = contentOfferTemplate("Checkout help", o -> o
            .displayMode(DisplayMode.TOAST)
            .layoutMode(LayoutMode.TEXT_ONLY)
            .title("Need a hand?")
            .body("Our team can help you finish your order.")
            .callToAction(c -> c.text("Get help").url("https://shop.example.com/help").target(CallToActionTarget.SELF)))
        .build();

    ActionMap offerSale = actionMap("Offer the sale on pricing")
        .isActive(true)
        .triggerWithSegments(pricing)
        .pageUrlConditions(url().contains("/pricing"))
        .activation(delay(Duration.ofSeconds(15)))
        .action(contentOffer(sale))
        .weight(3)
        .startDate(Instant.parse("2026-03-01T00:00:00Z"))
        .endDate(Instant.parse("2026-03-31T23:59:59Z"))
        .build();
    ActionMap chatOnCheckout = actionMap("Chat with mobile checkouts")
        .isActive(true)
        .triggerWithSegments(Ref.to(mobile), Ref.to(returning))
        .pageUrlConditions(url().startsWith("https://shop.example.com/checkout"))
        .activation(immediate())
        .action(webMessagingOffer("Questions about your order? Chat with us."))
        .weight(2)
        .ignoreFrequencyCap(false)
        .build();
    ActionMap helpLikelyBuyers = actionMap("Help likely buyers")
        .isActive(true)
        .triggerWithSegments(returning)
        .pageUrlConditions(url().contains("/cart"))
        .addTriggerWithOutcomeQuantileConditions(quantile(purchase).peakAbove(0.8f))
        .activation(delay(Duration.ofSeconds(30)))
        .action(contentOffer(Ref.to(help)))
        .weight(1)
        .build();

    JourneyAggregationQuery offersPerMap = aggregateQuery()
        .interval(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-29T00:00:00Z")) // four whole weeks
        .metrics(JourneyMetric.N_WEB_ACTIONS_OFFERED, JourneyMetric.N_WEB_ACTIONS_ACCEPTED)
        .granularity(Period.ofDays(7))
        .timeZone(ZoneId.of("Europe/London"))
        .groupBy(JourneyDimension.JOURNEY_ACTION_MAP_ID)
        .filter(Predicates.allOf(dimension(JourneyDimension.JOURNEY_ACTION_MEDIA_TYPE).matches("contentOffer")))
        .rangeView("fewOffers", JourneyMetric.N_WEB_ACTIONS_OFFERED, BigDecimal.ZERO, BigDecimal.TEN)
        .build();

    return JourneyConfig.of(pricing, mobile, returning, purchase, sale, help,
        offerSale, chatOnCheckout, helpLikelyBuyers, offersPerMap);
  }
}
