package io.journeydsl.testkit.simulator;

import static io.journeydsl.Journey.actionMap;
import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.contentOfferTemplate;
import static io.journeydsl.Journey.contextPattern;
import static io.journeydsl.Journey.immediate;
import static io.journeydsl.Journey.pattern;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static io.journeydsl.Journey.web;
import static io.journeydsl.Journey.webMessagingOffer;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.DisplayMode;
import io.journeydsl.actiontemplate.LayoutMode;
import io.journeydsl.criteria.ContextKeys;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.segment.JourneySegment;
import java.time.Instant;

/** A small shop configuration and page views for the simulator's tests. */
final class Shop {
  static final Instant T0 = Instant.parse("2026-03-10T10:00:00Z");
  static final String HOST = "https://shop.example.com";

  static final JourneySegment PRICING = segment("Pricing visitors").isActive(true)
      .journey(pattern(web(), 2, JourneyKeys.PAGE_URL.contains("/pricing"))).build();
  static final JourneySegment MOBILE = segment("Mobile shoppers").isActive(true)
      .context(contextPattern(ContextKeys.DEVICE_CATEGORY.equal("mobile"))).build();
  static final ActionTemplate SALE = contentOfferTemplate("Spring sale",
      o -> o.displayMode(DisplayMode.MODAL).layoutMode(LayoutMode.TEXT_ONLY).title("Sale")).build();

  private Shop() {}

  static ActionMap.Builder offer(String name, JourneySegment trigger) {
    return actionMap(name).isActive(true).triggerWithSegments(trigger).pageUrlConditions(url().contains("/"))
        .activation(immediate()).action(contentOffer(SALE)).weight(2);
  }

  static ActionMap.Builder chat(String name, JourneySegment trigger) {
    return actionMap(name).isActive(true).triggerWithSegments(trigger).pageUrlConditions(url().contains("/"))
        .activation(immediate()).action(webMessagingOffer("Chat?")).weight(2);
  }

  static JourneyConfig config(Object... objects) {
    return JourneyConfig.of(objects);
  }

  static VisitorEvent page(int second, String path) {
    return VisitorEvent.pageView(T0.plusSeconds(second), HOST + path);
  }
}
