package io.journeydsl.client;

import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.PatchActionTemplate;
import io.journeydsl.model.Listing;
import jakarta.annotation.Nullable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The action templates of an org: {@code /api/v2/journey/actiontemplates}.
 *
 * <p>Every method is one API call (streams: one call per page) and throws a
 * {@link io.journeydsl.error.JourneyApiException} when it fails. A blank id fails before anything is
 * sent, with a {@link io.journeydsl.spi.MissingParameterException} naming {@code actionTemplateId}.
 */
public interface ActionTemplateClient {

  /**
   * Creates a action template ({@code POST_JOURNEY_ACTIONTEMPLATES}).
   *
   * @param body the action template; {@code null} sends no body (the API declares it optional)
   * @return the created action template, with its server-assigned id
   */
  ActionTemplate create(@Nullable ActionTemplate body);

  /**
   * Creates a action template ({@code POST_JOURNEY_ACTIONTEMPLATES}) built by {@code spec}.
   *
   * @param spec fills the action template builder
   * @return the created action template
   */
  default ActionTemplate create(Consumer<ActionTemplate.Builder> spec) {
    ActionTemplate.Builder builder = ActionTemplate.builder();
    spec.accept(builder);
    return create(builder.build());
  }

  /**
   * Fetches one action template ({@code GET_JOURNEY_ACTIONTEMPLATE}).
   *
   * @param actionTemplateId the id
   * @return the action template
   * @throws io.journeydsl.error.NotFoundException if there is none with this id
   */
  ActionTemplate get(String actionTemplateId);

  /**
   * Fetches one action template if it exists ({@code GET_JOURNEY_ACTIONTEMPLATE}).
   *
   * @param actionTemplateId the id
   * @return the action template, or empty when the API answers 404
   */
  Optional<ActionTemplate> find(String actionTemplateId);

  /**
   * Partially updates a action template ({@code PATCH_JOURNEY_ACTIONTEMPLATE}); send the current {@code version}.
   *
   * @param actionTemplateId the id
   * @param body the changes; {@code null} sends no body (the API declares it optional)
   * @return the updated action template
   */
  ActionTemplate patch(String actionTemplateId, @Nullable PatchActionTemplate body);

  /**
   * Partially updates a action template ({@code PATCH_JOURNEY_ACTIONTEMPLATE}) with a body built by {@code spec}.
   *
   * @param actionTemplateId the id
   * @param spec fills the PATCH body builder
   * @return the updated action template
   */
  default ActionTemplate patch(String actionTemplateId, Consumer<PatchActionTemplate.Builder> spec) {
    PatchActionTemplate.Builder builder = PatchActionTemplate.builder();
    spec.accept(builder);
    return patch(actionTemplateId, builder.build());
  }

  /**
   * Fetches one page ({@code GET_JOURNEY_ACTIONTEMPLATES}) with exactly the given parameters.
   *
   * @param query the query parameters
   * @return the page
   */
  Listing<ActionTemplate> list(ActionTemplateQuery query);

  /**
   * Fetches one page ({@code GET_JOURNEY_ACTIONTEMPLATES}) with a query built by {@code spec}.
   *
   * @param spec fills the query builder
   * @return the page
   */
  default Listing<ActionTemplate> list(Consumer<ActionTemplateQuery.Builder> spec) {
    ActionTemplateQuery.Builder builder = ActionTemplateQuery.builder();
    spec.accept(builder);
    return list(builder.build());
  }

  /**
   * Fetches the first page with the server's defaults ({@code GET_JOURNEY_ACTIONTEMPLATES}).
   *
   * @return the page
   */
  default Listing<ActionTemplate> list() {
    return list(ActionTemplateQuery.all());
  }

  /**
   * Streams every matching action template, lazily: a page is fetched only when the previous one is used up,
   * starting at {@code query.pageNumber()} (or the first page).
   *
   * @param query the query parameters of the first request
   * @return a sequential stream
   */
  default Stream<ActionTemplate> stream(ActionTemplateQuery query) {
    return Pages.stream(query.pageNumber(), () -> list(query), number -> list(query.atPage(number)));
  }

  /**
   * Streams every matching action template, lazily, with a first query built by {@code spec}.
   *
   * @param spec fills the query builder
   * @return a sequential stream
   */
  default Stream<ActionTemplate> stream(Consumer<ActionTemplateQuery.Builder> spec) {
    ActionTemplateQuery.Builder builder = ActionTemplateQuery.builder();
    spec.accept(builder);
    return stream(builder.build());
  }

  /**
   * Streams every action template, lazily, page by page with the server's default page size.
   *
   * @return a sequential stream
   */
  default Stream<ActionTemplate> stream() {
    return stream(ActionTemplateQuery.all());
  }

  /**
   * Soft-deletes an action template ({@code DELETE_JOURNEY_ACTIONTEMPLATE} without {@code hardDelete}):
   * the server sets its state to {@code Deleted}.
   *
   * @param actionTemplateId the id
   */
  void delete(String actionTemplateId);

  /**
   * Deletes an action template ({@code DELETE_JOURNEY_ACTIONTEMPLATE}), sending {@code hardDelete}.
   *
   * @param actionTemplateId the id
   * @param hardDelete {@code true} removes it permanently, {@code false} sets its state to {@code Deleted}
   */
  void delete(String actionTemplateId, boolean hardDelete);

  /**
   * Changes one action template by read-modify-write: reads it, applies {@code change} (e.g.
   * {@code s -> s.withDescription("...")}), and sends the minimal PATCH
   * ({@link io.journeydsl.patch.Patches#between}) with the version it read, and on a version conflict (409) reads again and retries, at most
   * {@value Updates#MAX_ATTEMPTS} attempts in all. Sends nothing when the change changes nothing.
   *
   * @param actionTemplateId the id
   * @param change the desired object, from the current one
   * @return the action template as the API answered the PATCH, or as read when nothing changed
   * @throws io.journeydsl.error.ConflictException when every attempt met a concurrent change
   */
  default ActionTemplate update(String actionTemplateId, java.util.function.UnaryOperator<ActionTemplate> change) {
    return Updates.readModifyWrite(() -> get(actionTemplateId), change, io.journeydsl.patch.Patches::between,
        body -> patch(actionTemplateId, body));
  }
}
