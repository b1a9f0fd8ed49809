package io.journeydsl.validation.internal;

import static io.journeydsl.validation.internal.Values.isBlank;

import io.journeydsl.actiontarget.PatchActionTarget;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.ContentOffer;
import io.journeydsl.actiontemplate.LayoutMode;
import io.journeydsl.actiontemplate.PatchActionTemplate;
import io.journeydsl.model.MediaType;
import jakarta.annotation.Nullable;
import java.util.Map;

/** Cross-field rules of action templates and content offers, and the action target deprecation. */
final class TemplateChecks {
  private TemplateChecks() {}

  static boolean check(Object value, Findings out) {
    if (value instanceof ActionTemplate t) {
      template(t.mediaType(), t.contentOffer(), true, out);
    } else if (value instanceof PatchActionTemplate t) {
      template(t.mediaType(), t.contentOffer(), false, out);
    } else if (value instanceof ContentOffer o) {
      contentOffer(o, out);
    } else if (value instanceof PatchActionTarget) {
      out.add(Rule.DEPRECATED_ACTION_TARGETS_ENDPOINT, "", null);
    } else {
      return false;
    }
    return true;
  }

  private static void template(@Nullable MediaType mediaType, @Nullable Object contentOffer, boolean create,
      Findings out) {
    if (MediaType.WEBCHAT.equals(mediaType)) {
      out.add(Rule.DEPRECATED_WEBCHAT, "mediaType", mediaType);
    }
    if (create && MediaType.CONTENT_OFFER.equals(mediaType) && contentOffer == null) {
      out.add(Rule.ACTION_TEMPLATE_CONTENT_OFFER_MISSING, "contentOffer", null);
    } else if (mediaType != null && mediaType.isKnown() && !MediaType.CONTENT_OFFER.equals(mediaType)
        && contentOffer != null) {
      out.add(Rule.ACTION_TEMPLATE_CONTENT_OFFER_UNEXPECTED, "contentOffer", null, Map.of("mediaType", mediaType));
    }
  }

  private static void contentOffer(ContentOffer o, Findings out) {
    LayoutMode layout = o.layoutMode();
    if (layout == null || !layout.isKnown()) {
      return;
    }
    if (!layout.equals(LayoutMode.TEXT_ONLY) && isBlank(o.imageUrl())) {
      out.add(Rule.CONTENT_OFFER_IMAGE_MISSING, "imageUrl", null, Map.of("layoutMode", layout));
    }
    if (!layout.equals(LayoutMode.IMAGE_ONLY) && isBlank(o.title()) && isBlank(o.headline()) && isBlank(o.body())) {
      out.add(Rule.CONTENT_OFFER_TEXT_MISSING, "layoutMode", layout);
    }
  }
}
