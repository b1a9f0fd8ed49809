package io.journeydsl.testkit.internal.http;

import io.journeydsl.testkit.ServerOptions;
import io.journeydsl.testkit.internal.core.ApiError;
import jakarta.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues bearer tokens for the client-credentials grant and decides whether a request's
 * {@code Authorization} header is accepted. Never exposes a token or secret in a message.
 */
final class TokenAuthority {
  /** The outcome of a token request: status and OAuth-style JSON fields. */
  record Grant(int status, Map<String, Object> body) {}

  private final ServerOptions settings;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> issued = new ConcurrentHashMap<>();
  /** The fixed bearer token's bytes, made once: every call compares against them. */
  private final @Nullable byte[] bearerToken;

  TokenAuthority(ServerOptions settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.bearerToken = settings.bearerToken().map(token -> token.getBytes(StandardCharsets.UTF_8)).orElse(null);
  }

  /** Checks the Authorization header of an API call; null when accepted, else the 401. */
  @Nullable ApiError check(@Nullable String authorization) {
    String given = authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? null
        : authorization.substring(7);
    if (given == null || given.isBlank()) {
      return ApiError.of(401, "authentication.required", "No authentication bearer token specified in authorization header.");
    }
    String token = given.trim();
    // No token minted yet (a fixed token, or none asked for): nothing to look up.
    Instant expiry = issued.isEmpty() ? null : issued.get(token);
    if (expiry != null) {
      return clock.instant().isBefore(expiry) ? null
          : ApiError.of(401, "credentials.expired", "The supplied credentials are expired and cannot be used.");
    }
    if (bearerToken != null) {
      return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), bearerToken) ? null
          : ApiError.of(401, "bad.credentials", "Invalid login credentials.");
    }
    if (settings.clientId().isPresent()) {
      return ApiError.of(401, "bad.credentials", "Invalid login credentials.");
    }
    return null;
  }

  /** Handles {@code POST /oauth/token}: HTTP Basic client id and secret, form {@code grant_type=client_credentials}. */
  Grant grant(@Nullable String authorization, String form) {
    if (!FormBody.parse(form).getOrDefault("grant_type", "").equals("client_credentials")) {
      return new Grant(400, Map.of("error", "unsupported_grant_type",
          "description", "only grant_type=client_credentials is supported",
          "error_description", "only grant_type=client_credentials is supported"));
    }
    if (!accepts(basic(authorization))) {
      return new Grant(401, Map.of("error", "invalid_client", "description", "client authentication failed",
          "error_description", "client authentication failed"));
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    issued.put(token, clock.instant().plus(settings.tokenLifetime()));
    return new Grant(200, Map.of("access_token", token, "token_type", "bearer",
        "expires_in", settings.tokenLifetime().toSeconds()));
  }

  /**
   * Whether the Basic credentials of a token request are accepted: with client credentials
   * configured only those; with a fixed bearer token and no client none at all, since a minted token
   * would otherwise get round the fixed one; with neither, any non-empty id and secret.
   */
  private boolean accepts(@Nullable String[] credentials) {
    if (credentials == null || credentials[0].isEmpty() || credentials[1].isEmpty()) {
      return false;
    }
    if (settings.clientId().isPresent()) {
      // Both comparisons always run, so the answer time does not say which half was wrong.
      boolean id = constantTimeEquals(credentials[0], settings.clientId().get());
      boolean secret = constantTimeEquals(credentials[1], settings.clientSecret().orElseThrow());
      return id & secret;
    }
    return settings.bearerToken().isEmpty();
  }

  private static @Nullable String[] basic(@Nullable String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }

  private static boolean constantTimeEquals(String a, @Nullable String b) {
    return b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
