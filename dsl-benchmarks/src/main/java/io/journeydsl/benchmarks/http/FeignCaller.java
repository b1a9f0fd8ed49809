package io.journeydsl.benchmarks.http;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.feign.FeignJourneyTransport;
import io.journeydsl.feign.RetryPolicy;
import io.journeydsl.feign.TransportHttpClient;
import io.journeydsl.segment.JourneySegment;

/** journey-dsl's {@link JourneyClient} over the Feign transport, on the HTTP client given. */
final class FeignCaller implements Caller {
  private final JourneyClient client;
  private final Wire wire;

  FeignCaller(Wire wire, TransportHttpClient http) {
    this.wire = wire;
    this.client = FeignJourneyTransport.builder().baseUrl(wire.base).bearerToken(Wire.TOKEN)
        .retryPolicy(RetryPolicy.none()).httpClient(http).buildClient();
  }

  @Override
  public Object getOne(String id) {
    return client.segments().get(id);
  }

  @Override
  public Object listPage100() {
    return client.segments().list(q -> q.pageSize(100).pageNumber(1));
  }

  @Override
  public Object postDelete(String displayName) {
    JourneySegment created = client.segments().create(JourneySegment.builder().from(wire.body).displayName(displayName).build());
    client.segments().delete(created.id());
    return created;
  }

  @Override
  public void close() {
    client.close();
  }
}
