package io.journeydsl.feign;

/** The transport TCK again, with the transport over Apache HttpClient 5 ({@code feign-hc5}). */
class Hc5FeignTransportTckTest extends FeignTransportTckTest {

  @Override
  protected TransportHttpClient httpClient() {
    return HttpClients.apacheHc5(4);
  }
}
