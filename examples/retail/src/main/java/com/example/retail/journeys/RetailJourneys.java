package com.example.retail.journeys;

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
 * The web shop's Predictive Engagement configuration, kept as code: who the shop recognises
 * (segments), what it counts as success (an outcome), what it shows (action templates) and when
 * (action maps), and the weekly report it reads (an aggregate query).
 *
 * <ul>
 *   <li>Visitors who build a cart are offered free shipping while they look at it.</li>
 *   <li>Visitors who browse products twice are shown the season's lookbook on a product page.</li>
 *   <li>Mobile shoppers at checkout are offered a chat with the shop's advisers.</li>
 *   <li>Signed-in members the model expects to order are offered help with their cart.</li>
 * </ul>
 */
public final class RetailJourneys {
  /** The shop's address; every page URL condition is about pages under it. */
  public static final String SHOP = "https://shop.example.com";

  /** Segment: viewed a cart page in this session. */
  public static final String CART_BUILDERS = "Cart builders";
  /** Segment: viewed product pages at least twice in this session. */
  public static final String PRODUCT_BROWSERS = "Product browsers";
  /** Segment: visiting from a phone. */
  public static final String MOBILE_SHOPPERS = "Mobile shoppers";
  /** Segment: signed in and visited their account. */
  public static final String MEMBERS = "Signed-in members";
  /** Outcome: reached the order confirmation page. */
  public static final String ORDER_PLACED = "Order placed";
  /** Action template: the free shipping banner. */
  public static final String FREE_SHIPPING_BANNER = "Free shipping banner";
  /** Action template: the lookbook. */
  public static final String LOOKBOOK = "Autumn lookbook";
  /** Action template: help with the cart. */
  public static final String CART_HELP = "Cart help";
  /** Action map: free shipping on the cart page. */
  public static final String FREE_SHIPPING = "Free shipping on carts";
  /** Action map: the lookbook for product browsers. */
  public static final String SHOW_LOOKBOOK = "Lookbook for product browsers";
  /** Action map: chat at a mobile checkout. */
  public static final String CHECKOUT_CHAT = "Chat at mobile checkout";
  /** Action map: help for members likely to order. */
  public static final String HELP_LIKELY_BUYERS = "Help members likely to order";

  private RetailJourneys() {}

  /**
   * The whole configuration, as one bundle: what the pre-flight check validates, the tests run
   * against the fake and the simulator, and {@link DeployRetailJourneys} deploys.
   *
   * @return the bundle
   */
  public static JourneyConfig config() {
    JourneySegment cartBuilders = segment(CART_BUILDERS)
        .description("Viewed the cart in this session")
        .color("#8E24AA")
        .isActive(true)
        .journey(pattern(web(), 1, JourneyKeys.PAGE_URL.contains("/cart")))
        .build();
    JourneySegment productBrowsers = segment(PRODUCT_BROWSERS)
        .description("Viewed product pages at least twice in this session")
        .color("#1E88E5")
        .isActive(true)
        .journey(pattern(web(), 2, JourneyKeys.PAGE_URL.contains("/products")))
        .build();
    JourneySegment mobile = segment(MOBILE_SHOPPERS)
        .color("#43A047")
        .isActive(true)
        .context(contextPattern(ContextKeys.DEVICE_CATEGORY.equal("mobile")))
        .build();
    JourneySegment members = segment(MEMBERS)
        .description("Signed in and visited their account")
        .color("#FB8C00")
        .isActive(true)
        .shouldDisplayToAgent(true)
        .assignmentExpirationDays(90)
        .context(contextPattern(ContextKeys.AUTHENTICATED.isTrue()))
        .journey(pattern(web(), 1, JourneyKeys.PAGE_PATHNAME.startsWith("/account")))
        .build();

    Outcome orderPlaced = outcome(ORDER_PLACED)
        .description("Reached the order confirmation page")
        .isActive(true)
        .isPositive(true)
        .journey(pattern(web(), 1, JourneyKeys.PAGE_URL.contains("/order/confirmation")))
        .associatedValueField(f -> f.dataType(AssociatedValueDataType.NUMBER).name("attributes.orderTotal.value"))
        .build();

    ActionTemplate freeShippingBanner = contentOfferTemplate(FREE_SHIPPING_BANNER, o -> o
            .displayMode(DisplayMode.TOAST)
            .layoutMode(LayoutMode.TEXT_ONLY)
            .title("Free shipping")
            .body("Orders over 50 ship free. Check out today.")
            .callToAction(c -> c.text("Check out").url(SHOP + "/checkout").target(CallToActionTarget.SELF)))
        .description("Toast shown on the cart page")
        .build();
    ActionTemplate lookbook = contentOfferTemplate(LOOKBOOK, o -> o
            .displayMode(DisplayMode.MODAL)
            .layoutMode(LayoutMode.RIGHT_TEXT)
            .title("The autumn lookbook")
            .headline("New season, new layers")
            .body("Twelve outfits put together by our stylists.")
            .imageUrl(SHOP + "/img/lookbook-autumn.jpg")
            .callToAction(c -> c.text("See the looks").url(SHOP + "/lookbook").target(CallToActionTarget.BLANK))
            .style(s -> s.ctaButton(b -> b.color("#FFFFFF").backgroundColor("#1E88E5").textAlign(TextAlignment.CENTER))))
        .build();
    ActionTemplate cartHelp = contentOfferTemplate(CART_HELP, o -> o
            .displayMode(DisplayMode.TOAST)
            .layoutMode(LayoutMode.TEXT_ONLY)
            .title("Questions about sizes?")
            .body("Our advisers answer within minutes.")
            .callToAction(c -> c.text("Ask us").url(SHOP + "/help").target(CallToActionTarget.SELF)))
        .build();

    ActionMap freeShipping = actionMap(FREE_SHIPPING)
        .isActive(true)
        .triggerWithSegments(cartBuilders)
        .pageUrlConditions(url().contains("/cart"))
        .activation(delay(Duration.ofSeconds(10)))
        .action(contentOffer(freeShippingBanner))
        .weight(3)
        .build();
    ActionMap showLookbook = actionMap(SHOW_LOOKBOOK)
        .isActive(true)
        .triggerWithSegments(productBrowsers)
        .pageUrlConditions(url().contains("/products"))
        .activation(delay(Duration.ofSeconds(20)))
        .action(contentOffer(lookbook))
        .weight(2)
        .startDate(Instant.parse("2026-09-01T00:00:00Z"))
        .endDate(Instant.parse("2026-11-30T23:59:59Z"))
        .build();
    ActionMap checkoutChat = actionMap(CHECKOUT_CHAT)
        .isActive(true)
        .triggerWithSegments(mobile)
        .pageUrlConditions(url().startsWith(SHOP + "/checkout"))
        .activation(immediate())
        .action(webMessagingOffer("Need a hand with your order? Chat with an adviser."))
        .weight(2)
        .ignoreFrequencyCap(false)
        .build();
    ActionMap helpLikelyBuyers = actionMap(HELP_LIKELY_BUYERS)
        .isActive(true)
        .triggerWithSegments(members)
        .addTriggerWithOutcomeQuantileConditions(quantile(orderPlaced).peakAbove(0.8f))
        .pageUrlConditions(url().contains("/cart"))
        .activation(delay(Duration.ofSeconds(30)))
        .action(contentOffer(cartHelp))
        .weight(1)
        .build();

    JourneyAggregationQuery weeklyOffers = aggregateQuery()
        .interval(Instant.parse("2026-09-07T00:00:00Z"), Instant.parse("2026-10-05T00:00:00Z")) // four whole weeks
        .metrics(JourneyMetric.N_WEB_ACTIONS_OFFERED, JourneyMetric.N_WEB_ACTIONS_ACCEPTED)
        .granularity(Period.ofDays(7))
        .timeZone(ZoneId.of("Europe/London"))
        .groupBy(JourneyDimension.JOURNEY_ACTION_MAP_ID)
        .filter(Predicates.allOf(dimension(JourneyDimension.JOURNEY_ACTION_MEDIA_TYPE).matches("contentOffer")))
        .rangeView("rarelyOffered", JourneyMetric.N_WEB_ACTIONS_OFFERED, BigDecimal.ZERO, BigDecimal.TEN)
        .build();

    return JourneyConfig.of(cartBuilders, productBrowsers, mobile, members, orderPlaced,
        freeShippingBanner, lookbook, cartHelp,
        freeShipping, showLookbook, checkoutChat, helpLikelyBuyers, weeklyOffers);
  }
}
