package io.journeydsl.feign;

/** Every case of {@link RequestHeadersTest} again, with the transport over Apache HttpClient 5 ({@code feign-hc5}). */
class Hc5RequestHeadersTest extends RequestHeadersTest {

  @Override
  protected TransportHttpClient httpClient() {
    return HttpClients.apacheHc5(2);
  }
}
