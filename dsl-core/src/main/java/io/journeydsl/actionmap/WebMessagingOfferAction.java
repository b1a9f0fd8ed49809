package io.journeydsl.actionmap;

import io.journeydsl.ids.FlowId;
import io.journeydsl.model.AddressableEntityRef;
import io.journeydsl.model.MediaType;
import jakarta.annotation.Nullable;

/**
 * Invites the visitor to a web messaging conversation ({@code webMessagingOffer}).
 *
 * @param offerText the invitation text, or {@code null} for the deployment's default
 * @param architectFlow the inbound message flow to start instead of the default, or {@code null}
 */
public record WebMessagingOfferAction(@Nullable String offerText, @Nullable FlowId architectFlow)
    implements Action {

  @Override
  public MediaType mediaType() {
    return MediaType.WEB_MESSAGING_OFFER;
  }

  @Override
  public ActionMapAction toWire() {
    WebMessagingOfferFields.Builder fields = WebMessagingOfferFields.builder().offerText(offerText);
    if (architectFlow != null) {
      fields.architectFlow(AddressableEntityRef.builder().id(architectFlow.value()).build());
    }
    return ActionMapAction.builder().mediaType(mediaType()).webMessagingOfferFields(fields.build()).build();
  }
}
