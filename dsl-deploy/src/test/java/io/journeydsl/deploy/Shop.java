package io.journeydsl.deploy;

import static io.journeydsl.Journey.actionMap;
import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.contentOfferTemplate;
import static io.journeydsl.Journey.contextPattern;
import static io.journeydsl.Journey.delay;
import static io.journeydsl.Journey.pattern;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static io.journeydsl.Journey.web;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.CallToActionTarget;
import io.journeydsl.actiontemplate.DisplayMode;
import io.journeydsl.actiontemplate.LayoutMode;
import io.journeydsl.criteria.ContextKeys;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.segment.JourneySegment;
import java.time.Duration;
import java.time.Instant;

/** A small shop configuration: two segments, a template, and an action map that refers to all three. */
final class Shop {
  private Shop() {}

  static JourneySegment pricing() {
    return segment("Pricing visitors").color("#1E88E5").isActive(true)
        .journey(pattern(web(), 2, JourneyKeys.PAGE_URL.contains("/pricing"))).build();
  }

  static JourneySegment mobile() {
    return segment("Mobile shoppers").color("#43A047").isActive(true)
        .context(contextPattern(ContextKeys.DEVICE_CATEGORY.equal("mobile"))).build();
  }

  static ActionTemplate sale() {
    return contentOfferTemplate("Spring sale", o -> o.displayMode(DisplayMode.MODAL).layoutMode(LayoutMode.LEFT_TEXT)
        .title("Spring sale").body("20% off")
        .callToAction(c -> c.text("Shop").url("https://shop.example.com/sale").target(CallToActionTarget.BLANK)))
        .build();
  }

  static ActionMap offer(int weight) {
    return actionMap("Offer the sale").isActive(true)
        .triggerWithSegments(pricing(), mobile())
        .pageUrlConditions(url().contains("/pricing"))
        .activation(delay(Duration.ofSeconds(15)))
        .action(contentOffer(sale()))
        .weight(weight)
        .startDate(Instant.parse("2026-03-01T00:00:00Z"))
        .build();
  }

  static JourneyConfig config() {
    return JourneyConfig.of(pricing(), mobile(), sale(), offer(3));
  }
}
