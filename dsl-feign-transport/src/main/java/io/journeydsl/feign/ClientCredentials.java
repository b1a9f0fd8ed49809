package io.journeydsl.feign;

import java.util.Objects;

/**
 * An OAuth client id and secret for the client-credentials grant. The secret is never part of
 * {@link #toString()}, and journey-dsl never logs it or puts it in an exception message.
 */
public final class ClientCredentials {
  /** The environment variable holding the client id. */
  public static final String CLIENT_ID_VARIABLE = "GENESYS_CLIENT_ID";
  /** The environment variable holding the client secret. */
  public static final String CLIENT_SECRET_VARIABLE = "GENESYS_CLIENT_SECRET";

  private final String clientId;
  private final String clientSecret;

  private ClientCredentials(String clientId, String clientSecret) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  /**
   * Credentials from a client id and secret.
   *
   * @throws IllegalArgumentException naming the blank part (never showing the secret)
   */
  public static ClientCredentials of(String clientId, String clientSecret) {
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("clientId must not be blank");
    }
    if (clientSecret == null || clientSecret.isEmpty()) {
      throw new IllegalArgumentException("clientSecret must not be empty");
    }
    return new ClientCredentials(clientId, clientSecret);
  }

  /**
   * Credentials from {@value #CLIENT_ID_VARIABLE} and {@value #CLIENT_SECRET_VARIABLE}.
   *
   * @throws IllegalStateException naming the variable that is not set
   */
  public static ClientCredentials fromEnvironment() {
    String id = System.getenv(CLIENT_ID_VARIABLE);
    String secret = System.getenv(CLIENT_SECRET_VARIABLE);
    if (id == null || id.isBlank()) {
      throw new IllegalStateException(CLIENT_ID_VARIABLE + " is not set");
    }
    if (secret == null || secret.isEmpty()) {
      throw new IllegalStateException(CLIENT_SECRET_VARIABLE + " is not set");
    }
    return new ClientCredentials(id, secret);
  }

  /** The OAuth client id (not a secret). */
  public String clientId() {
    return clientId;
  }

  /** The client secret. Handle with care: never log it. */
  public String clientSecret() {
    return clientSecret;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClientCredentials other && other.clientId.equals(clientId)
        && other.clientSecret.equals(clientSecret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientId, clientSecret);
  }

  @Override
  public String toString() {
    return "ClientCredentials{clientId=" + clientId + ", clientSecret=****}";
  }
}
