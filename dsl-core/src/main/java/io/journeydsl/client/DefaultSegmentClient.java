package io.journeydsl.client;

import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.PatchSegment;
import io.journeydsl.model.Listing;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.catalog.ApiCollection;
import jakarta.annotation.Nullable;
import java.util.Optional;

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
  public void delete(String segmentId) {
    endpoints.delete(segmentId, operation -> { });
  }

  @Override
  public Listing<JourneySegment> list(SegmentQuery query) {
    return endpoints.list(query::applyTo);
  }
}
