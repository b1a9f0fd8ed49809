package io.journeydsl.testkit.internal.http;

import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.MissingParameterException;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.internal.core.ApiError;
import jakarta.annotation.Nullable;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes an HTTP request into the {@link JourneyOperation} the in-memory door would receive, so both
 * doors share one semantics: route by method and path template, query parameters (repeated keys and
 * comma-joined lists both accepted; unknown ones rejected), and the JSON body read into the
 * operation's request type. Every problem is an {@link ApiError} naming the field.
 */
final class HttpDecoder {
  private static final List<String> LIST_PARAMETERS = List.of("segmentIds", "outcomeIds", "actionMapIds", "queryFields");
  /** Each operation's path template cut at its slashes, once: routing runs on every request. */
  private static final Map<Operation, String[]> TEMPLATES = new EnumMap<>(Operation.class);
  /** {@link Operation#values()} copies its array on every call; routing walks this one. */
  private static final Operation[] OPERATIONS = Operation.values();

  static {
    for (Operation operation : OPERATIONS) {
      TEMPLATES.put(operation, operation.pathTemplate().split("/", -1));
    }
  }

  private HttpDecoder() {}

  /** The operation whose template matches the path, ignoring the method; null when none does. */
  static @Nullable Operation route(String method, String path, boolean requireMethod) {
    int parts = parts(path);
    for (Operation operation : OPERATIONS) {
      String[] template = TEMPLATES.get(operation);
      // Counting the parts once rules out most templates before comparing any text.
      if (template.length == parts && (!requireMethod || operation.httpMethod().name().equals(method))
          && matches(template, path)) {
        return operation;
      }
    }
    return null;
  }

  /** How many parts the path has when cut at its slashes, as {@code split("/", -1)} would count them. */
  private static int parts(String path) {
    int count = 1;
    for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
      count++;
    }
    return count;
  }

  /**
   * Whether the path, cut at its slashes, has as many parts as the template, each literal part equal
   * and each parameter part non-empty. Walks the path in place: cutting it into new strings for
   * every template was most of the cost of routing a request.
   */
  private static boolean matches(String[] template, String path) {
    int start = 0;
    for (int i = 0; i < template.length; i++) {
      int end = path.indexOf('/', start);
      boolean lastPart = i == template.length - 1;
      if (lastPart != (end < 0)) {
        return false;
      }
      if (end < 0) {
        end = path.length();
      }
      String part = template[i];
      boolean match = part.startsWith("{") ? end > start
          : part.length() == end - start && path.regionMatches(start, part, 0, part.length());
      if (!match) {
        return false;
      }
      start = end + 1;
    }
    return true;
  }

  /**
   * The operation of a request.
   *
   * @param operation what {@link #route route(method, path, true)} found for it
   */
  static JourneyOperation<?> decode(@Nullable Operation operation, String method, String path, String query,
      @Nullable String contentType, @Nullable String body) {
    if (operation == null) {
      if (route(method, path, false) != null) {
        throw ApiError.of(405, "method.not.allowed", "HTTP method " + method + " is not supported on " + path);
      }
      throw ApiError.of(404, "not.found", "The requested resource was not found: " + method + " " + path);
    }
    return build(operation, path, query, contentType, body);
  }

  private static <R> JourneyOperation<R> build(Operation operation, String path, String query,
      @Nullable String contentType, @Nullable String body) {
    @SuppressWarnings("unchecked")
    Class<R> responseType = (Class<R>) (operation.responseType() == null ? Void.class : operation.responseType());
    JourneyOperation.Builder<R> builder = JourneyOperation.builder(operation, responseType);
    // The path matched the template (route), so it has exactly the template's parts.
    String[] template = TEMPLATES.get(operation);
    int start = 0;
    for (String part : template) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      if (part.startsWith("{")) {
        builder.pathParameter(part.substring(1, part.length() - 1), FormBody.decode(path.substring(start, end).replace("+", "%2B")));
      }
      start = end + 1;
    }
    Map<String, List<String>> parameters = new LinkedHashMap<>(FormBody.multi(query));
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      String name = parameter.getKey();
      if (!operation.queryParameters().contains(name)) {
        throw ApiError.badField(name, "unknown.parameter", "Unknown query parameter '" + name + "' for "
            + operation.seedMethod() + "; allowed: " + String.join(", ", operation.queryParameters()));
      }
      builder.queryParameter(name, LIST_PARAMETERS.contains(name) ? splitCommas(parameter.getValue()) : parameter.getValue());
    }
    if (body != null && !body.isBlank()) {
      if (operation.requestType() == null) {
        throw ApiError.badField("body", "unexpected.body", operation.seedMethod() + " takes no request body");
      }
      if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
        throw ApiError.of(415, "unsupported.media.type",
            "Unsupported Media Type - Unsupported or incorrect Content-Type value in the header: expected application/json");
      }
      builder.body(StrictJson.read(body, operation.requestType()));
    }
    try {
      return builder.build();
    } catch (MissingParameterException e) {
      throw ApiError.badField(e.parameter(), "required", e.getMessage());
    }
  }

  private static List<String> splitCommas(List<String> values) {
    List<String> out = new java.util.ArrayList<>();
    for (String value : values) {
      for (String part : value.split(",", -1)) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

}
