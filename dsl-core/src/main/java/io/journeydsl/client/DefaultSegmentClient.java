package io.journeydsl.client;

import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.PatchSegment;
import io.journeydsl.model.Listing;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.catalog.ApiCollection;
import jakarta.annotation.Nullable;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** {@link SegmentClient} over a transport. */
final class DefaultSegmentClient implements SegmentClient {
  private final Endpoints<JourneySegment, PatchSegment> endpoints;

  DefaultSegmentClient(JourneyTransport transport) {
    this.endpoints = new Endpoints<>(transport, ApiCollection.SEGMENTS, JourneySegment.class);
  }

  @Override
  public JourneySegment create(@Nullable JourneySegment body) {
    return endpoints.create(body);
  }

  @Override
  public JourneySegment create(Consumer<JourneySegment.Builder> spec) {
    JourneySegment.Builder builder = JourneySegment.builder();
    spec.accept(builder);
    return endpoints.create(builder.build());
  }

  @Override
  public JourneySegment get(String segmentId) {
    return endpoints.get(segmentId);
  }

  @Override
  public Optional<JourneySegment> find(String segmentId) {
    return endpoints.find(segmentId);
  }

  @Override
  public JourneySegment patch(String segmentId, @Nullable PatchSegment body) {
    return endpoints.patch(segmentId, body);
  }

  @Override
  public JourneySegment patch(String segmentId, Consumer<PatchSegment.Builder> spec) {
    PatchSegment.Builder builder = PatchSegment.builder();
    spec.accept(builder);
    return endpoints.patch(segmentId, builder.build());
  }

  @Override
  public void delete(String segmentId) {
    endpoints.delete(segmentId, operation -> { });
  }

  @Override
  public Listing<JourneySegment> list(SegmentQuery query) {
    return endpoints.list(query::applyTo);
  }

  @Override
  public Listing<JourneySegment> list(Consumer<SegmentQuery.Builder> spec) {
    SegmentQuery.Builder builder = SegmentQuery.builder();
    spec.accept(builder);
    return list(builder.build());
  }

  @Override
  public Listing<JourneySegment> list() {
    return list(SegmentQuery.all());
  }

  @Override
  public Stream<JourneySegment> stream(SegmentQuery query) {
    return Pages.stream(query.pageNumber(), () -> list(query), number -> list(query.atPage(number)));
  }

  @Override
  public Stream<JourneySegment> stream(Consumer<SegmentQuery.Builder> spec) {
    SegmentQuery.Builder builder = SegmentQuery.builder();
    spec.accept(builder);
    return stream(builder.build());
  }

  @Override
  public Stream<JourneySegment> stream() {
    return stream(SegmentQuery.all());
  }
}
