package io.journeydsl.client;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.model.Listing;
import jakarta.annotation.Nullable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The action maps of an org: {@code /api/v2/journey/actionmaps}.
 *
 * <p>Every method is one API call (streams: one call per page) and throws a
 * {@link io.journeydsl.error.JourneyApiException} when it fails. A blank id fails before anything is
 * sent, with a {@link io.journeydsl.spi.MissingParameterException} naming {@code actionMapId}.
 */
public interface ActionMapClient {

  /**
   * Creates a action map ({@code POST_JOURNEY_ACTIONMAPS}).
   *
   * @param body the action map; {@code null} sends no body (the API declares it optional)
   * @return the created action map, with its server-assigned id
   */
  ActionMap create(@Nullable ActionMap body);

  /**
   * Creates a action map ({@code POST_JOURNEY_ACTIONMAPS}) built by {@code spec}.
   *
   * @param spec fills the action map builder
   * @return the created action map
   */
  default ActionMap create(Consumer<ActionMap.Builder> spec) {
    ActionMap.Builder builder = ActionMap.builder();
    spec.accept(builder);
    return create(builder.build());
  }

  /**
   * Fetches one action map ({@code GET_JOURNEY_ACTIONMAP}).
   *
   * @param actionMapId the id
   * @return the action map
   * @throws io.journeydsl.error.NotFoundException if there is none with this id
   */
  ActionMap get(String actionMapId);

  /**
   * Fetches one action map if it exists ({@code GET_JOURNEY_ACTIONMAP}).
   *
   * @param actionMapId the id
   * @return the action map, or empty when the API answers 404
   */
  Optional<ActionMap> find(String actionMapId);

  /**
   * Partially updates a action map ({@code PATCH_JOURNEY_ACTIONMAP}); send the current {@code version}.
   *
   * @param actionMapId the id
   * @param body the changes; {@code null} sends no body (the API declares it optional)
   * @return the updated action map
   */
  ActionMap patch(String actionMapId, @Nullable PatchActionMap body);

  /**
   * Partially updates a action map ({@code PATCH_JOURNEY_ACTIONMAP}) with a body built by {@code spec}.
   *
   * @param actionMapId the id
   * @param spec fills the PATCH body builder
   * @return the updated action map
   */
  default ActionMap patch(String actionMapId, Consumer<PatchActionMap.Builder> spec) {
    PatchActionMap.Builder builder = PatchActionMap.builder();
    spec.accept(builder);
    return patch(actionMapId, builder.build());
  }

  /**
   * Fetches one page ({@code GET_JOURNEY_ACTIONMAPS}) with exactly the given parameters.
   *
   * @param query the query parameters
   * @return the page
   */
  Listing<ActionMap> list(ActionMapQuery query);

  /**
   * Fetches one page ({@code GET_JOURNEY_ACTIONMAPS}) with a query built by {@code spec}.
   *
   * @param spec fills the query builder
   * @return the page
   */
  default Listing<ActionMap> list(Consumer<ActionMapQuery.Builder> spec) {
    ActionMapQuery.Builder builder = ActionMapQuery.builder();
    spec.accept(builder);
    return list(builder.build());
  }

  /**
   * Fetches the first page with the server's defaults ({@code GET_JOURNEY_ACTIONMAPS}).
   *
   * @return the page
   */
  default Listing<ActionMap> list() {
    return list(ActionMapQuery.all());
  }

  /**
   * Streams every matching action map, lazily: a page is fetched only when the previous one is used up,
   * starting at {@code query.pageNumber()} (or the first page).
   *
   * @param query the query parameters of the first request
   * @return a sequential stream
   */
  default Stream<ActionMap> stream(ActionMapQuery query) {
    return Pages.stream(query.pageNumber(), () -> list(query), number -> list(query.atPage(number)));
  }

  /**
   * Streams every matching action map, lazily, with a first query built by {@code spec}.
   *
   * @param spec fills the query builder
   * @return a sequential stream
   */
  default Stream<ActionMap> stream(Consumer<ActionMapQuery.Builder> spec) {
    ActionMapQuery.Builder builder = ActionMapQuery.builder();
    spec.accept(builder);
    return stream(builder.build());
  }

  /**
   * Streams every action map, lazily, page by page with the server's default page size.
   *
   * @return a sequential stream
   */
  default Stream<ActionMap> stream() {
    return stream(ActionMapQuery.all());
  }

  /**
   * Deletes a action map ({@code DELETE_JOURNEY_ACTIONMAP}).
   *
   * @param actionMapId the id
   */
  void delete(String actionMapId);

  /**
   * Changes one action map by read-modify-write: reads it, applies {@code change} (e.g.
   * {@code s -> s.withDescription("...")}), and sends the minimal PATCH
   * ({@link io.journeydsl.patch.Patches#between}) with the version it read, and on a version conflict (409) reads again and retries, at most
   * {@value Updates#MAX_ATTEMPTS} attempts in all. Sends nothing when the change changes nothing.
   *
   * @param actionMapId the id
   * @param change the desired object, from the current one
   * @return the action map as the API answered the PATCH, or as read when nothing changed
   * @throws io.journeydsl.error.ConflictException when every attempt met a concurrent change
   */
  default ActionMap update(String actionMapId, java.util.function.UnaryOperator<ActionMap> change) {
    return Updates.readModifyWrite(() -> get(actionMapId), change, io.journeydsl.patch.Patches::between,
        body -> patch(actionMapId, body));
  }
}
