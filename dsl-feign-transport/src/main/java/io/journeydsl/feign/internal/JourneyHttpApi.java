package io.journeydsl.feign.internal;

import feign.Headers;
import feign.RequestLine;
import java.net.URI;

/**
 * The Feign interface of the Journey API. Every one of the 24 operations is a request with a fully
 * encoded target URI: the path and the query come from the operation itself (one encoding, shared
 * with the fake), so Feign's own template encoding, which would re-encode them, is not used. The
 * body travels through the Jackson encoder built on the model's mapper; responses are read as bytes
 * and bound to the operation's response type by the transport.
 */
public interface JourneyHttpApi {
  @RequestLine("GET")
  @Headers("Accept: application/json")
  byte[] get(URI target);

  @RequestLine("DELETE")
  @Headers("Accept: application/json")
  byte[] delete(URI target);

  @RequestLine("POST")
  @Headers({"Accept: application/json", "Content-Type: application/json"})
  byte[] post(URI target, Object body);

  @RequestLine("POST")
  @Headers("Accept: application/json")
  byte[] postWithoutBody(URI target);

  @RequestLine("PATCH")
  @Headers({"Accept: application/json", "Content-Type: application/json"})
  byte[] patch(URI target, Object body);

  @RequestLine("PATCH")
  @Headers("Accept: application/json")
  byte[] patchWithoutBody(URI target);
}
