package io.journeydsl.client;

import io.journeydsl.outcome.Outcome;
import io.journeydsl.outcome.PatchOutcome;
import io.journeydsl.model.Listing;
import jakarta.annotation.Nullable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The outcomes of an org: {@code /api/v2/journey/outcomes} (deprecated by Genesys in 2026).
 *
 * <p>Every method is one API call (streams: one call per page) and throws a
 * {@link io.journeydsl.error.JourneyApiException} when it fails. A blank id fails before anything is
 * sent, with a {@link io.journeydsl.spi.MissingParameterException} naming {@code outcomeId}.
 */
public interface OutcomeClient {

  /**
   * Creates a outcome ({@code POST_JOURNEY_OUTCOMES}).
   *
   * @param body the outcome; {@code null} sends no body (the API declares it optional)
   * @return the created outcome, with its server-assigned id
   */
  Outcome create(@Nullable Outcome body);

  /**
   * Creates a outcome ({@code POST_JOURNEY_OUTCOMES}) built by {@code spec}.
   *
   * @param spec fills the outcome builder
   * @return the created outcome
   */
  default Outcome create(Consumer<Outcome.Builder> spec) {
    Outcome.Builder builder = Outcome.builder();
    spec.accept(builder);
    return create(builder.build());
  }

  /**
   * Fetches one outcome ({@code GET_JOURNEY_OUTCOME}).
   *
   * @param outcomeId the id
   * @return the outcome
   * @throws io.journeydsl.error.NotFoundException if there is none with this id
   */
  Outcome get(String outcomeId);

  /**
   * Fetches one outcome if it exists ({@code GET_JOURNEY_OUTCOME}).
   *
   * @param outcomeId the id
   * @return the outcome, or empty when the API answers 404
   */
  Optional<Outcome> find(String outcomeId);

  /**
   * Partially updates a outcome ({@code PATCH_JOURNEY_OUTCOME}); send the current {@code version}.
   *
   * @param outcomeId the id
   * @param body the changes; {@code null} sends no body (the API declares it optional)
   * @return the updated outcome
   */
  Outcome patch(String outcomeId, @Nullable PatchOutcome body);

  /**
   * Partially updates a outcome ({@code PATCH_JOURNEY_OUTCOME}) with a body built by {@code spec}.
   *
   * @param outcomeId the id
   * @param spec fills the PATCH body builder
   * @return the updated outcome
   */
  default Outcome patch(String outcomeId, Consumer<PatchOutcome.Builder> spec) {
    PatchOutcome.Builder builder = PatchOutcome.builder();
    spec.accept(builder);
    return patch(outcomeId, builder.build());
  }

  /**
   * Fetches one page ({@code GET_JOURNEY_OUTCOMES}) with exactly the given parameters.
   *
   * @param query the query parameters
   * @return the page
   */
  Listing<Outcome> list(OutcomeQuery query);

  /**
   * Fetches one page ({@code GET_JOURNEY_OUTCOMES}) with a query built by {@code spec}.
   *
   * @param spec fills the query builder
   * @return the page
   */
  default Listing<Outcome> list(Consumer<OutcomeQuery.Builder> spec) {
    OutcomeQuery.Builder builder = OutcomeQuery.builder();
    spec.accept(builder);
    return list(builder.build());
  }

  /**
   * Fetches the first page with the server's defaults ({@code GET_JOURNEY_OUTCOMES}).
   *
   * @return the page
   */
  default Listing<Outcome> list() {
    return list(OutcomeQuery.all());
  }

  /**
   * Streams every matching outcome, lazily: a page is fetched only when the previous one is used up,
   * starting at {@code query.pageNumber()} (or the first page).
   *
   * @param query the query parameters of the first request
   * @return a sequential stream
   */
  default Stream<Outcome> stream(OutcomeQuery query) {
    return Pages.stream(query.pageNumber(), () -> list(query), number -> list(query.atPage(number)));
  }

  /**
   * Streams every matching outcome, lazily, with a first query built by {@code spec}.
   *
   * @param spec fills the query builder
   * @return a sequential stream
   */
  default Stream<Outcome> stream(Consumer<OutcomeQuery.Builder> spec) {
    OutcomeQuery.Builder builder = OutcomeQuery.builder();
    spec.accept(builder);
    return stream(builder.build());
  }

  /**
   * Streams every outcome, lazily, page by page with the server's default page size.
   *
   * @return a sequential stream
   */
  default Stream<Outcome> stream() {
    return stream(OutcomeQuery.all());
  }

  /**
   * Deletes a outcome ({@code DELETE_JOURNEY_OUTCOME}).
   *
   * @param outcomeId the id
   */
  void delete(String outcomeId);

  /**
   * Changes one outcome by read-modify-write: reads it, applies {@code change} (e.g.
   * {@code s -> s.withDescription("...")}), and sends the minimal PATCH
   * ({@link io.journeydsl.patch.Patches#between}) with the version it read, and on a version conflict (409) reads again and retries, at most
   * {@value Updates#MAX_ATTEMPTS} attempts in all. Sends nothing when the change changes nothing.
   *
   * @param outcomeId the id
   * @param change the desired object, from the current one
   * @return the outcome as the API answered the PATCH, or as read when nothing changed
   * @throws io.journeydsl.error.ConflictException when every attempt met a concurrent change
   */
  default Outcome update(String outcomeId, java.util.function.UnaryOperator<Outcome> change) {
    return Updates.readModifyWrite(() -> get(outcomeId), change, io.journeydsl.patch.Patches::between,
        body -> patch(outcomeId, body));
  }
}
