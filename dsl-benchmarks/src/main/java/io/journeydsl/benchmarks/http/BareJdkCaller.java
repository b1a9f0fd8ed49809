package io.journeydsl.benchmarks.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The JDK {@code HttpClient} alone (HTTP/1.1): bytes in, bytes out, no JSON binding; the limit of the Feign JDK path. */
final class BareJdkCaller implements Caller {
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final Wire wire;

  BareJdkCaller(Wire wire) {
    this.wire = wire;
  }

  private byte[] send(HttpRequest request) throws Exception {
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    Wire.check(response.statusCode(), request.method());
    return response.body();
  }

  private HttpRequest.Builder to(URI uri) {
    return HttpRequest.newBuilder(uri).header("Authorization", Wire.AUTHORIZATION).header("Accept", "application/json");
  }

  @Override
  public Object getOne(String id) throws Exception {
    return send(to(wire.segment(id)).GET().build());
  }

  @Override
  public Object listPage100() throws Exception {
    return send(to(wire.page100()).GET().build());
  }

  @Override
  public Object postDelete(String displayName) throws Exception {
    byte[] created = send(to(wire.segments()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(wire.bodyNamed(displayName))).build());
    return send(to(wire.segment(Wire.idOf(created))).DELETE().build());
  }

  @Override
  public void close() {
    // The JDK 17 client has no close; its threads end with the benchmark's JVM.
  }
}
