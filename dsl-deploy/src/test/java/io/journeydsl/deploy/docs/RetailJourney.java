package io.journeydsl.deploy.docs;

// GS-CONFIG-START
import static io.journeydsl.Journey.*;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.CallToActionTarget;
import io.journeydsl.actiontemplate.DisplayMode;
import io.journeydsl.actiontemplate.LayoutMode;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.segment.JourneySegment;
import java.time.Duration;

/** The retail team's Journey configuration: one segment, one offer, one action map. */
public final class RetailJourney {
  private RetailJourney() {}

  public static JourneyConfig config() {
    JourneySegment pricing = segment("Pricing visitors")
        .color("#1E88E5")
        .journey(pattern(web(), 2, JourneyKeys.PAGE_URL.contains("/pricing")))
        .build();
    ActionTemplate sale = contentOfferTemplate("Spring sale", o -> o
            .displayMode(DisplayMode.MODAL).layoutMode(LayoutMode.LEFT_TEXT)
            .title("Spring sale").body("20% off")
            .callToAction(c -> c.text("Shop").url("https://shop.example.com/sale").target(CallToActionTarget.BLANK)))
        .build();
    ActionMap offer = actionMap("Offer the sale on pricing")
        .triggerWithSegments(pricing)
        .pageUrlConditions(url().contains("/pricing"))
        .activation(delay(Duration.ofSeconds(15)))
        .action(contentOffer(sale))
        .weight(3)
        .build();
    return JourneyConfig.of(pricing, sale, offer);
  }
}
// GS-CONFIG-END
