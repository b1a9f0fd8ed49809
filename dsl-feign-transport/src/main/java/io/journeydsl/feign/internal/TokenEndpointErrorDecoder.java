package io.journeydsl.feign.internal;

import feign.Response;
import feign.codec.ErrorDecoder;

/**
 * Decodes the errors of the OAuth token endpoint. A 400 or 401 there means the grant was rejected
 * ({@code invalid_client}, {@code unauthorized_client}, {@code invalid_grant}, ...): RFC 6749 lets
 * the server answer most of these with 400, yet for the caller every one of them is "cannot log
 * in", so they become a 401 failure and surface as {@code UnauthorizedException}, never as a
 * {@code BadRequestException} about a request the caller did not write. Other statuses (429, 5xx)
 * are decoded as for any other endpoint, so the call's retry policy applies to them.
 */
public final class TokenEndpointErrorDecoder implements ErrorDecoder {
  private final ErrorDecoder delegate;

  public TokenEndpointErrorDecoder(ErrorDecoder delegate) {
    this.delegate = delegate;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    Exception decoded = delegate.decode(methodKey, response);
    int status = response.status();
    if ((status == 400 || status == 401) && decoded instanceof HttpFailure failure) {
      return failure.asAuthenticationFailure("the login endpoint rejected the client credentials");
    }
    return decoded;
  }
}
