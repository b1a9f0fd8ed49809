package io.journeydsl.feign;

/** Every fault of {@link FeignFaultTest} again, with the transport over Apache HttpClient 5 ({@code feign-hc5}). */
class Hc5FeignFaultTest extends FeignFaultTest {

  @Override
  protected TransportHttpClient httpClient() {
    return HttpClients.apacheHc5(4);
  }
}
