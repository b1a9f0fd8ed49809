package io.journeydsl.feign.internal;

import feign.Body;
import feign.HeaderMap;
import feign.Headers;
import feign.RequestLine;
import java.net.URI;
import java.util.Map;

/** The OAuth token endpoint: the client-credentials grant as the official SDKs send it. */
public interface LoginApi {
  @RequestLine("POST")
  @Headers({"Accept: application/json", "Content-Type: application/x-www-form-urlencoded"})
  @Body("grant_type=client_credentials")
  byte[] clientCredentialsGrant(URI tokenEndpoint, @HeaderMap Map<String, String> authorization);
}
