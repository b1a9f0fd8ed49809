package io.journeydsl.testkit.internal;

import jakarta.annotation.Nullable;
import java.time.Duration;

/**
 * The configuration of the HTTP front door. {@link #toString()} never shows the token or secret.
 *
 * @param host the bind address
 * @param port the port, 0 for a free one
 * @param bearerToken the one accepted static token, or null
 * @param clientId the OAuth client id, or null
 * @param clientSecret the OAuth client secret, or null
 * @param tokenLifetime lifetime of issued tokens
 */
public record HttpSettings(String host, int port, @Nullable String bearerToken, @Nullable String clientId,
    @Nullable String clientSecret, Duration tokenLifetime) {

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "HttpSettings[host=" + host + ", port=" + port + ", bearerToken=" + (bearerToken == null ? "none" : "[REDACTED]")
        + ", clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "[REDACTED]")
        + ", tokenLifetime=" + tokenLifetime + "]";
  }

  /** Builds {@link HttpSettings}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private @Nullable String bearerToken;
    private @Nullable String clientId;
    private @Nullable String clientSecret;
    private Duration tokenLifetime = Duration.ofSeconds(86_400);

    private Builder() {}

    /** Sets the host. */
    public Builder host(String value) {
      this.host = value;
      return this;
    }

    /** Sets the port. */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /** Sets the static token. */
    public Builder bearerToken(String value) {
      this.bearerToken = value;
      return this;
    }

    /** Sets the client credentials. */
    public Builder clientCredentials(String id, String secret) {
      this.clientId = id;
      this.clientSecret = secret;
      return this;
    }

    /** Sets the token lifetime. */
    public Builder tokenLifetime(Duration value) {
      this.tokenLifetime = value;
      return this;
    }

    /** Builds the settings. */
    public HttpSettings build() {
      return new HttpSettings(host, port, bearerToken, clientId, clientSecret, tokenLifetime);
    }
  }
}
