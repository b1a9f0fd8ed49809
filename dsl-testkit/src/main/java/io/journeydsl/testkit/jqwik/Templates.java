package io.journeydsl.testkit.jqwik;

import io.journeydsl.actiontemplate.CallToAction;
import io.journeydsl.actiontemplate.CallToActionTarget;
import io.journeydsl.actiontemplate.ContentOffer;
import io.journeydsl.actiontemplate.DisplayMode;
import io.journeydsl.actiontemplate.LayoutMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Content offers of action templates: display and layout modes, texts and a call to action. */
final class Templates {
  private Templates() {}

  static Arbitrary<ContentOffer> contentOffers() {
    Arbitrary<CallToAction> callToAction = Combinators.combine(Words.text(), Words.path(),
        Arbitraries.of(CallToActionTarget.BLANK, CallToActionTarget.SELF))
        .as((text, path, target) -> CallToAction.builder().text(text).url("https://shop.example.com" + path)
            .target(target).build());
    return Combinators.combine(Arbitraries.of(DisplayMode.MODAL, DisplayMode.OVERLAY, DisplayMode.TOAST),
        Arbitraries.of(LayoutMode.TEXT_ONLY, LayoutMode.LEFT_TEXT, LayoutMode.RIGHT_TEXT, LayoutMode.TOP_TEXT,
            LayoutMode.BOTTOM_TEXT),
        Words.text(), Words.text().injectNull(0.3), Words.text().injectNull(0.3), callToAction.injectNull(0.2))
        .as((display, layout, title, headline, body, cta) -> ContentOffer.builder().displayMode(display)
            .layoutMode(layout).title(title).headline(headline).body(body).callToAction(cta).build());
  }
}
