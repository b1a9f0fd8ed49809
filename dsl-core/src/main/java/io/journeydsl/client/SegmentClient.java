package io.journeydsl.client;

import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.PatchSegment;
import io.journeydsl.model.Listing;
import jakarta.annotation.Nullable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The segments of an org: {@code /api/v2/journey/segments}.
 *
 * <p>Every method is one API call (streams: one call per page) and throws a
 * {@link io.journeydsl.error.JourneyApiException} when it fails. A blank id fails before anything is
 * sent, with a {@link io.journeydsl.spi.MissingParameterException} naming {@code segmentId}.
 */
public interface SegmentClient {

  /**
   * Creates a segment ({@code POST_JOURNEY_SEGMENTS}).
   *
   * @param body the segment; {@code null} sends no body (the API declares it optional)
   * @return the created segment, with its server-assigned id
   */
  JourneySegment create(@Nullable JourneySegment body);

  /**
   * Creates a segment ({@code POST_JOURNEY_SEGMENTS}) built by {@code spec}.
   *
   * @param spec fills the segment builder
   * @return the created segment
   */
  default JourneySegment create(Consumer<JourneySegment.Builder> spec) {
    JourneySegment.Builder builder = JourneySegment.builder();
    spec.accept(builder);
    return create(builder.build());
  }

  /**
   * Fetches one segment ({@code GET_JOURNEY_SEGMENT}).
   *
   * @param segmentId the id
   * @return the segment
   * @throws io.journeydsl.error.NotFoundException if there is none with this id
   */
  JourneySegment get(String segmentId);

  /**
   * Fetches one segment if it exists ({@code GET_JOURNEY_SEGMENT}).
   *
   * @param segmentId the id
   * @return the segment, or empty when the API answers 404
   */
  Optional<JourneySegment> find(String segmentId);

  /**
   * Partially updates a segment ({@code PATCH_JOURNEY_SEGMENT}); send the current {@code version}.
   *
   * @param segmentId the id
   * @param body the changes; {@code null} sends no body (the API declares it optional)
   * @return the updated segment
   */
  JourneySegment patch(String segmentId, @Nullable PatchSegment body);

  /**
   * Partially updates a segment ({@code PATCH_JOURNEY_SEGMENT}) with a body built by {@code spec}.
   *
   * @param segmentId the id
   * @param spec fills the PATCH body builder
   * @return the updated segment
   */
  default JourneySegment patch(String segmentId, Consumer<PatchSegment.Builder> spec) {
    PatchSegment.Builder builder = PatchSegment.builder();
    spec.accept(builder);
    return patch(segmentId, builder.build());
  }

  /**
   * Fetches one page ({@code GET_JOURNEY_SEGMENTS}) with exactly the given parameters.
   *
   * @param query the query parameters
   * @return the page
   */
  Listing<JourneySegment> list(SegmentQuery query);

  /**
   * Fetches one page ({@code GET_JOURNEY_SEGMENTS}) with a query built by {@code spec}.
   *
   * @param spec fills the query builder
   * @return the page
   */
  default Listing<JourneySegment> list(Consumer<SegmentQuery.Builder> spec) {
    SegmentQuery.Builder builder = SegmentQuery.builder();
    spec.accept(builder);
    return list(builder.build());
  }

  /**
   * Fetches the first page with the server's defaults ({@code GET_JOURNEY_SEGMENTS}).
   *
   * @return the page
   */
  default Listing<JourneySegment> list() {
    return list(SegmentQuery.all());
  }

  /**
   * Streams every matching segment, lazily: a page is fetched only when the previous one is used up,
   * starting at {@code query.pageNumber()} (or the first page).
   *
   * @param query the query parameters of the first request
   * @return a sequential stream
   */
  default Stream<JourneySegment> stream(SegmentQuery query) {
    return Pages.stream(query.pageNumber(), () -> list(query), number -> list(query.atPage(number)));
  }

  /**
   * Streams every matching segment, lazily, with a first query built by {@code spec}.
   *
   * @param spec fills the query builder
   * @return a sequential stream
   */
  default Stream<JourneySegment> stream(Consumer<SegmentQuery.Builder> spec) {
    SegmentQuery.Builder builder = SegmentQuery.builder();
    spec.accept(builder);
    return stream(builder.build());
  }

  /**
   * Streams every segment, lazily, page by page with the server's default page size.
   *
   * @return a sequential stream
   */
  default Stream<JourneySegment> stream() {
    return stream(SegmentQuery.all());
  }

  /**
   * Deletes a segment ({@code DELETE_JOURNEY_SEGMENT}).
   *
   * @param segmentId the id
   */
  void delete(String segmentId);

  /**
   * Changes one segment by read-modify-write: reads it, applies {@code change} (e.g.
   * {@code s -> s.withDescription("...")}), and sends the minimal PATCH
   * ({@link io.journeydsl.patch.Patches#between}) with the version it read, and on a version conflict (409) reads again and retries, at most
   * {@value Updates#MAX_ATTEMPTS} attempts in all. Sends nothing when the change changes nothing.
   *
   * @param segmentId the id
   * @param change the desired object, from the current one
   * @return the segment as the API answered the PATCH, or as read when nothing changed
   * @throws io.journeydsl.error.ConflictException when every attempt met a concurrent change
   */
  default JourneySegment update(String segmentId, java.util.function.UnaryOperator<JourneySegment> change) {
    return Updates.readModifyWrite(() -> get(segmentId), change, io.journeydsl.patch.Patches::between,
        body -> patch(segmentId, body));
  }
}
