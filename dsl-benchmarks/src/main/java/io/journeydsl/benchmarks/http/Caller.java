package io.journeydsl.benchmarks.http;

import io.journeydsl.feign.HttpClients;

/** One HTTP client under measurement, making the three round trips every client of the table makes. */
interface Caller extends AutoCloseable {

  /**
   * The client named as the benchmarks' {@code client} parameter: {@code feign-jdk}, {@code feign-hc5},
   * {@code sdk}, {@code bare-jdk}, {@code bare-hc5} or {@code bare-hc4}.
   */
  static Caller of(String client, Wire wire) throws java.io.IOException {
    return switch (client) {
      case "feign-jdk" -> new FeignCaller(wire, HttpClients.jdk());
      case "feign-hc5" -> new FeignCaller(wire, HttpClients.apacheHc5());
      case "sdk" -> new SdkCaller(wire);
      case "bare-jdk" -> new BareJdkCaller(wire);
      case "bare-hc5" -> new BareHc5Caller(wire);
      case "bare-hc4" -> new BareHc4Caller(wire);
      default -> throw new IllegalArgumentException("unknown client " + client);
    };
  }

  /** {@code GET /api/v2/journey/segments/{id}}, the body read (and decoded, for a typed client). */
  Object getOne(String id) throws Exception;

  /** {@code GET /api/v2/journey/segments?pageSize=100&pageNumber=1}: a page of 100 segments. */
  Object listPage100() throws Exception;

  /** {@code POST /api/v2/journey/segments} of a new segment, then {@code DELETE} of it. */
  Object postDelete(String displayName) throws Exception;

  @Override
  void close() throws Exception;
}
