package io.journeydsl.feign;

/** Every case of {@link TokenRenewalTest} again, with the transport over Apache HttpClient 5 ({@code feign-hc5}). */
class Hc5TokenRenewalTest extends TokenRenewalTest {

  @Override
  protected TransportHttpClient httpClient() {
    return HttpClients.apacheHc5(8);
  }
}
