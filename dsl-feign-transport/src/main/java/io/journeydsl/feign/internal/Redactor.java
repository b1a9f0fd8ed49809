package io.journeydsl.feign.internal;

import feign.Request;
import io.journeydsl.feign.ClientCredentials;
import jakarta.annotation.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes credentials from text a server sent before that text reaches an exception message, an
 * error body or a log line. Servers and proxies echo requests back (an HTML error page listing the
 * request headers, a JSON body with an {@code access_token}), so the text is treated as untrusted:
 * {@code Authorization} header values, anything after an HTTP auth scheme ({@code Basic},
 * {@code Bearer}, ...), {@code access_token}-like fields in JSON or form encoding, and every
 * credential this transport knows (the client secret, {@code base64(id:secret)}, the current access
 * token, the credentials the answered request carried) become {@value #MASK}. Redaction errs on the
 * side of hiding: "Bearer token required" reads "Bearer **** required".
 */
public final class Redactor {
  static final String MASK = "****";
  /** Shorter literals are not real credentials, and masking them would garble ordinary words. */
  private static final int MIN_LITERAL = 6;

  private static final Pattern AUTHORIZATION_HEADER =
      Pattern.compile("(?i)\\b((?:proxy-)?authorization\\s*[:=]\\s*)[^\\r\\n<\"'&\\\\]+");
  private static final Pattern SCHEME_CREDENTIAL =
      Pattern.compile("(?i)\\b(basic|bearer|digest|negotiate|ntlm)(\\s+|%20|\\+)[A-Za-z0-9._~+/=%-]+");
  private static final String SECRET_FIELDS = "access_token|refresh_token|id_token|client_secret|password";
  private static final Pattern JSON_SECRET_FIELD =
      Pattern.compile("(?i)(\"(?:" + SECRET_FIELDS + ")\"\\s*:\\s*\")[^\"]*\"");
  private static final Pattern FORM_SECRET_FIELD =
      Pattern.compile("(?i)\\b((?:" + SECRET_FIELDS + ")=)[^&\\s\"'<]+");

  private final Supplier<Collection<String>> secrets;

  /** A redactor that also masks whatever {@code secrets} holds at the time of each redaction. */
  public Redactor(Supplier<Collection<String>> secrets) {
    this.secrets = secrets;
  }

  /** A redactor that knows no credentials of its own: patterns and the request's credentials only. */
  public static Redactor patternsOnly() {
    return new Redactor(List::of);
  }

  /**
   * A redactor for a transport: the client secret and {@code base64(id:secret)} when logging in
   * with client credentials, and whatever {@code currentToken} holds (possibly {@code null}) at the time
   * of each redaction.
   */
  public static Redactor knowing(@Nullable ClientCredentials credentials, Supplier<String> currentToken) {
    List<String> known = new ArrayList<>();
    if (credentials != null) {
      known.add(credentials.clientSecret());
      known.add(Base64.getEncoder().encodeToString(
          (credentials.clientId() + ":" + credentials.clientSecret()).getBytes(StandardCharsets.UTF_8)));
    }
    List<String> fixed = List.copyOf(known);
    return new Redactor(() -> {
      String token = currentToken.get();
      if (token == null) {
        return fixed;
      }
      List<String> all = new ArrayList<>(fixed);
      all.add(token);
      return all;
    });
  }

  /** {@code text} without credentials; {@code null} stays {@code null}. */
  public @Nullable String redact(@Nullable String text) {
    return redact(text, null);
  }

  /** {@code text} without credentials, also masking those {@code request} carried. */
  public @Nullable String redact(@Nullable String text, @Nullable Request request) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String literal : literals(request)) {
      out = out.replace(literal, MASK);
    }
    out = AUTHORIZATION_HEADER.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    out = SCHEME_CREDENTIAL.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + MASK));
    out = JSON_SECRET_FIELD.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "\""));
    return FORM_SECRET_FIELD.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
  }

  /** The known credentials and their URL-encoded forms, longest first so no part of one survives. */
  private List<String> literals(@Nullable Request request) {
    Set<String> values = new LinkedHashSet<>(secrets.get());
    if (request != null) {
      for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
        if (header.getKey() != null && header.getKey().equalsIgnoreCase("Authorization")) {
          for (String value : header.getValue()) {
            values.add(value);
            int space = value.indexOf(' ');
            values.add(space < 0 ? value : value.substring(space + 1).strip());
          }
        }
      }
    }
    List<String> literals = new ArrayList<>();
    for (String value : values) {
      if (value != null && value.length() >= MIN_LITERAL) {
        literals.add(value);
        literals.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    literals.sort(Comparator.comparingInt(String::length).reversed());
    return literals;
  }
}
