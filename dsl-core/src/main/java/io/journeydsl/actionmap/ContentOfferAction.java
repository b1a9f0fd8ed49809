package io.journeydsl.actionmap;

import io.journeydsl.internal.Args;
import io.journeydsl.Ref;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.model.MediaType;

/**
 * Shows a content offer defined by an action template ({@code contentOffer}).
 *
 * @param template the action template, by name in the same configuration or by id
 */
public record ContentOfferAction(Ref<ActionTemplate> template) implements Action {
  /** Checks the template reference is present. */
  public ContentOfferAction {
    Args.requireNonNull(template, "contentOffer template");
  }

  @Override
  public MediaType mediaType() {
    return MediaType.CONTENT_OFFER;
  }

  @Override
  public ActionMapAction toWire() {
    return ActionMapAction.builder().mediaType(mediaType())
        .actionTemplate(t -> t.id(template.wire())).build();
  }
}
