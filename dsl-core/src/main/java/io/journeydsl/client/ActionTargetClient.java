package io.journeydsl.client;

import io.journeydsl.actiontarget.ActionTarget;
import io.journeydsl.actiontarget.PatchActionTarget;
import io.journeydsl.model.Listing;
import jakarta.annotation.Nullable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The action targets of an org: {@code /api/v2/journey/actiontargets}. The API has no create or delete for them (deprecated by Genesys in 2026).
 *
 * <p>Every method is one API call (streams: one call per page) and throws a
 * {@link io.journeydsl.error.JourneyApiException} when it fails. A blank id fails before anything is
 * sent, with a {@link io.journeydsl.spi.MissingParameterException} naming {@code actionTargetId}.
 */
public interface ActionTargetClient {

  /**
   * Fetches one action target ({@code GET_JOURNEY_ACTIONTARGET}).
   *
   * @param actionTargetId the id
   * @return the action target
   * @throws io.journeydsl.error.NotFoundException if there is none with this id
   */
  ActionTarget get(String actionTargetId);

  /**
   * Fetches one action target if it exists ({@code GET_JOURNEY_ACTIONTARGET}).
   *
   * @param actionTargetId the id
   * @return the action target, or empty when the API answers 404
   */
  Optional<ActionTarget> find(String actionTargetId);

  /**
   * Partially updates a action target ({@code PATCH_JOURNEY_ACTIONTARGET}); send the current {@code version}.
   *
   * @param actionTargetId the id
   * @param body the changes; {@code null} sends no body (the API declares it optional)
   * @return the updated action target
   */
  ActionTarget patch(String actionTargetId, @Nullable PatchActionTarget body);

  /**
   * Partially updates a action target ({@code PATCH_JOURNEY_ACTIONTARGET}) with a body built by {@code spec}.
   *
   * @param actionTargetId the id
   * @param spec fills the PATCH body builder
   * @return the updated action target
   */
  default ActionTarget patch(String actionTargetId, Consumer<PatchActionTarget.Builder> spec) {
    PatchActionTarget.Builder builder = PatchActionTarget.builder();
    spec.accept(builder);
    return patch(actionTargetId, builder.build());
  }

  /**
   * Fetches one page ({@code GET_JOURNEY_ACTIONTARGETS}) with exactly the given parameters.
   *
   * @param query the query parameters
   * @return the page
   */
  Listing<ActionTarget> list(ActionTargetQuery query);

  /**
   * Fetches one page ({@code GET_JOURNEY_ACTIONTARGETS}) with a query built by {@code spec}.
   *
   * @param spec fills the query builder
   * @return the page
   */
  default Listing<ActionTarget> list(Consumer<ActionTargetQuery.Builder> spec) {
    ActionTargetQuery.Builder builder = ActionTargetQuery.builder();
    spec.accept(builder);
    return list(builder.build());
  }

  /**
   * Fetches the first page with the server's defaults ({@code GET_JOURNEY_ACTIONTARGETS}).
   *
   * @return the page
   */
  default Listing<ActionTarget> list() {
    return list(ActionTargetQuery.all());
  }

  /**
   * Streams every matching action target, lazily: a page is fetched only when the previous one is used up,
   * starting at {@code query.pageNumber()} (or the first page).
   *
   * @param query the query parameters of the first request
   * @return a sequential stream
   */
  default Stream<ActionTarget> stream(ActionTargetQuery query) {
    return Pages.stream(query.pageNumber(), () -> list(query), number -> list(query.atPage(number)));
  }

  /**
   * Streams every matching action target, lazily, with a first query built by {@code spec}.
   *
   * @param spec fills the query builder
   * @return a sequential stream
   */
  default Stream<ActionTarget> stream(Consumer<ActionTargetQuery.Builder> spec) {
    ActionTargetQuery.Builder builder = ActionTargetQuery.builder();
    spec.accept(builder);
    return stream(builder.build());
  }

  /**
   * Streams every action target, lazily, page by page with the server's default page size.
   *
   * @return a sequential stream
   */
  default Stream<ActionTarget> stream() {
    return stream(ActionTargetQuery.all());
  }

  /**
   * Changes one action target by read-modify-write: reads it, applies {@code change} (e.g.
   * {@code s -> s.withDescription("...")}), and sends the minimal PATCH
   * ({@link io.journeydsl.patch.Patches#between}). Sends nothing when the change changes nothing.
   *
   * @param actionTargetId the id
   * @param change the desired object, from the current one
   * @return the action target as the API answered the PATCH, or as read when nothing changed
   */
  default ActionTarget update(String actionTargetId, java.util.function.UnaryOperator<ActionTarget> change) {
    return Updates.readModifyWrite(() -> get(actionTargetId), change, io.journeydsl.patch.Patches::between,
        body -> patch(actionTargetId, body));
  }
}
