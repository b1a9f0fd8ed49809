package io.journeydsl.validation.internal;

import static io.journeydsl.validation.internal.Defs.atLeast;
import static io.journeydsl.validation.internal.Defs.crossField;
import static io.journeydsl.validation.internal.Defs.known;
import static io.journeydsl.validation.internal.Defs.notBlank;
import static io.journeydsl.validation.internal.Defs.range;
import static io.journeydsl.validation.internal.Defs.readOnly;
import static io.journeydsl.validation.internal.Defs.url;

import io.journeydsl.actiontarget.PatchActionTarget;
import io.journeydsl.actiontarget.ServiceLevel;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.CallToAction;
import io.journeydsl.actiontemplate.CloseButtonStyleProperties;
import io.journeydsl.actiontemplate.ContentOffer;
import io.journeydsl.actiontemplate.ContentOfferStylingConfiguration;
import io.journeydsl.actiontemplate.CtaButtonStyleProperties;
import io.journeydsl.actiontemplate.PatchActionTemplate;
import io.journeydsl.actiontemplate.PatchCallToAction;
import io.journeydsl.actiontemplate.PatchCloseButtonStyleProperties;
import io.journeydsl.actiontemplate.PatchContentOffer;
import io.journeydsl.actiontemplate.PatchContentOfferStylingConfiguration;
import io.journeydsl.actiontemplate.PatchCtaButtonStyleProperties;
import io.journeydsl.actiontemplate.PatchTextStyleProperties;
import io.journeydsl.actiontemplate.TextStyleProperties;

/** Field rules of action templates, content offers and their styles, and action target PATCHes. */
final class ActionTemplateConstraints {
  private ActionTemplateConstraints() {}

  static void declare(CatalogueMapping m) {
    m.type(ActionTemplate.class).constraint(crossField())
        .getter("id").constraint(readOnly())
        .getter("selfUri").constraint(readOnly())
        .getter("version").constraint(readOnly())
        .getter("createdDate").constraint(readOnly())
        .getter("modifiedDate").constraint(readOnly())
        .getter("name").constraint(notBlank())
        .getter("mediaType").constraint(known())
        .getter("state").constraint(known())
        .getter("contentOffer").valid();
    m.type(PatchActionTemplate.class).constraint(crossField())
        .getter("name").constraint(notBlank())
        .getter("mediaType").constraint(known())
        .getter("state").constraint(known())
        .getter("contentOffer").valid();
    m.type(ContentOffer.class).constraint(crossField())
        .getter("imageUrl").constraint(url())
        .getter("displayMode").constraint(known())
        .getter("layoutMode").constraint(known())
        .getter("callToAction").valid()
        .getter("style").valid();
    m.type(PatchContentOffer.class)
        .getter("imageUrl").constraint(url())
        .getter("displayMode").constraint(known())
        .getter("layoutMode").constraint(known())
        .getter("callToAction").valid()
        .getter("style").valid();
    m.type(CallToAction.class)
        .getter("url").constraint(url())
        .getter("target").constraint(known());
    m.type(PatchCallToAction.class)
        .getter("url").constraint(url())
        .getter("target").constraint(known());
    styling(m.type(ContentOfferStylingConfiguration.class));
    styling(m.type(PatchContentOfferStylingConfiguration.class));
    m.type(CloseButtonStyleProperties.class).getter("opacity").constraint(range(Rule.STYLE_OPACITY_RANGE, 0, 1));
    m.type(PatchCloseButtonStyleProperties.class).getter("opacity").constraint(range(Rule.STYLE_OPACITY_RANGE, 0, 1));
    m.type(CtaButtonStyleProperties.class).getter("textAlign").constraint(known());
    m.type(PatchCtaButtonStyleProperties.class).getter("textAlign").constraint(known());
    m.type(TextStyleProperties.class).getter("textAlign").constraint(known());
    m.type(PatchTextStyleProperties.class).getter("textAlign").constraint(known());
    m.type(PatchActionTarget.class).constraint(crossField())
        .getter("id").constraint(readOnly())
        .getter("selfUri").constraint(readOnly())
        .getter("serviceLevel").valid()
        .getter("shortAbandonThreshold").constraint(atLeast(Rule.FIELD_RANGE, 0));
    m.type(ServiceLevel.class)
        .getter("percentage").constraint(range(Rule.SERVICE_LEVEL_PERCENTAGE, 0, 1))
        .getter("durationMs").constraint(atLeast(Rule.FIELD_RANGE, 0));
  }

  private static void styling(FieldRules.TypeRules type) {
    type.getter("closeButton").valid()
        .getter("ctaButton").valid()
        .getter("title").valid()
        .getter("headline").valid()
        .getter("body").valid();
  }
}
