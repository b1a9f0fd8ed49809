package io.journeydsl.spi;

import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call of one {@link Operation}: its path parameters, query parameters, body and response type.
 * Immutable and validated on build: every path parameter is present and non-blank, every query
 * parameter is one the operation accepts, the body has the operation's request type.
 *
 * <p>Query parameters are kept in API order as a multimap; a list parameter is one key with several
 * values and is sent as repeated keys ({@code segmentIds=a&segmentIds=b}). Absent (null) and empty
 * values are not sent.
 *
 * @param <R> the response type; {@link Void} for DELETE
 */
public final class JourneyOperation<R> {
  private final Operation operation;
  private final Map<String, String> pathParameters;
  private final Map<String, List<String>> queryParameters;
  private final @Nullable Object body;
  private final Class<R> responseType;

  private JourneyOperation(Builder<R> builder) {
    this.operation = builder.operation;
    this.responseType = builder.responseType;
    this.body = builder.body;
    Map<String, String> path = new LinkedHashMap<>();
    for (String name : operation.pathParameters()) {
      String value = builder.pathParameters.get(name);
      if (value == null || value.isBlank()) {
        throw new MissingParameterException(operation, name);
      }
      path.put(name, value);
    }
    this.pathParameters = Collections.unmodifiableMap(path);
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (String name : operation.queryParameters()) {
      List<String> values = builder.queryParameters.get(name);
      if (values != null && !values.isEmpty()) {
        query.put(name, List.copyOf(values));
      }
    }
    this.queryParameters = Collections.unmodifiableMap(query);
    if (body == null && operation.bodyRequired()) {
      throw new MissingParameterException(operation, "body");
    }
  }

  /**
   * Starts a call of {@code operation}.
   *
   * @param operation the operation
   * @param responseType the operation's response type, or {@code Void.class} when it has none
   * @param <R> the response type
   * @return a builder
   * @throws IllegalArgumentException if {@code responseType} is not the operation's response type
   */
  public static <R> Builder<R> builder(Operation operation, Class<R> responseType) {
    return new Builder<>(operation, responseType);
  }

  /** The operation. */
  public Operation operation() {
    return operation;
  }

  /** The path parameters by name, in template order; values are not encoded. */
  public Map<String, String> pathParameters() {
    return pathParameters;
  }

  /** The query parameters in API order; each list holds the values of one (possibly repeated) key. */
  public Map<String, List<String>> queryParameters() {
    return queryParameters;
  }

  /** The request body, or {@code null} when none is sent. */
  public @Nullable Object body() {
    return body;
  }

  /** The response type; {@code Void.class} when the operation returns no body. */
  public Class<R> responseType() {
    return responseType;
  }

  /**
   * The full type to decode the response body as, with its type arguments
   * ({@code Listing<JourneySegment>} for a segment list); {@code Void.class} when there is no body.
   */
  public java.lang.reflect.Type responseBodyType() {
    java.lang.reflect.Type type = operation.responseBodyType();
    return type == null ? Void.class : type;
  }

  /** The path with each {@code {param}} replaced by its percent-encoded value. */
  public String path() {
    String path = operation.pathTemplate();
    for (Map.Entry<String, String> entry : pathParameters.entrySet()) {
      path = path.replace("{" + entry.getKey() + "}", UriEncoding.encode(entry.getValue()));
    }
    return path;
  }

  /**
   * The percent-encoded query string without the leading {@code ?}, keys in API order and list values
   * as repeated keys; empty when there are no query parameters.
   */
  public String queryString() {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<String>> entry : queryParameters.entrySet()) {
      String key = UriEncoding.encode(entry.getKey());
      for (String value : entry.getValue()) {
        if (out.length() > 0) {
          out.append('&');
        }
        out.append(key).append('=').append(UriEncoding.encode(value));
      }
    }
    return out.toString();
  }

  /** {@link #path()} followed by {@code ?} and {@link #queryString()} when there is a query. */
  public String pathAndQuery() {
    String query = queryString();
    return query.isEmpty() ? path() : path() + "?" + query;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof JourneyOperation)) {
      return false;
    }
    JourneyOperation<?> that = (JourneyOperation<?>) other;
    return operation == that.operation && pathParameters.equals(that.pathParameters)
        && queryParameters.equals(that.queryParameters) && Objects.equals(body, that.body)
        && responseType.equals(that.responseType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operation, pathParameters, queryParameters, body, responseType);
  }

  /** The operation, HTTP method and path with query; never the body. */
  @Override
  public String toString() {
    return operation + " " + operation.httpMethod() + " " + pathAndQuery();
  }

  /**
   * Builds a {@link JourneyOperation}.
   *
   * @param <R> the response type
   */
  public static final class Builder<R> {
    private final Operation operation;
    private final Class<R> responseType;
    private final Map<String, String> pathParameters = new LinkedHashMap<>();
    private final Map<String, List<String>> queryParameters = new LinkedHashMap<>();
    private @Nullable Object body;

    private Builder(Operation operation, Class<R> responseType) {
      this.operation = Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(responseType, "responseType");
      Class<?> expected = operation.responseType() == null ? Void.class : operation.responseType();
      if (!expected.equals(responseType)) {
        throw new IllegalArgumentException(operation + " returns " + expected.getSimpleName()
            + ", not " + responseType.getSimpleName());
      }
      this.responseType = responseType;
    }

    /**
     * Sets a path parameter; its value must be non-blank when {@link #build()} runs.
     *
     * @param name a name from {@link Operation#pathParameters()}
     * @param value the unencoded value
     * @return this builder
     * @throws IllegalArgumentException if the operation has no such path parameter
     */
    public Builder<R> pathParameter(String name, @Nullable String value) {
      if (!operation.pathParameters().contains(name)) {
        throw new IllegalArgumentException(operation + " has no path parameter '" + name + "'");
      }
      pathParameters.put(name, value);
      return this;
    }

    /**
     * Sets a single-valued query parameter; {@code null} means not sent. The value is sent as its
     * {@code toString()} (open enums give their wire spelling).
     *
     * @param name a name from {@link Operation#queryParameters()}
     * @param value the unencoded value, or {@code null}
     * @return this builder
     * @throws IllegalArgumentException if the operation has no such query parameter
     */
    public Builder<R> queryParameter(String name, @Nullable Object value) {
      return queryParameter(name, value == null ? List.of() : List.of(value));
    }

    /**
     * Sets a list query parameter, sent as repeated keys; {@code null} or empty means not sent.
     *
     * @param name a name from {@link Operation#queryParameters()}
     * @param values the unencoded values, or {@code null}
     * @return this builder
     * @throws IllegalArgumentException if the operation has no such query parameter or a value is null
     */
    public Builder<R> queryParameter(String name, @Nullable Collection<?> values) {
      if (!operation.queryParameters().contains(name)) {
        throw new IllegalArgumentException(operation + " has no query parameter '" + name + "'");
      }
      List<String> strings = new ArrayList<>();
      if (values != null) {
        for (Object value : values) {
          strings.add(Objects.requireNonNull(value, () -> "a value of query parameter '" + name + "'").toString());
        }
      }
      queryParameters.put(name, strings);
      return this;
    }

    /**
     * Sets the request body.
     *
     * @param body an instance of {@link Operation#requestType()}, or {@code null} for none
     * @return this builder
     * @throws IllegalArgumentException if the operation takes no body or the type is wrong
     */
    public Builder<R> body(@Nullable Object body) {
      if (body != null) {
        Class<?> type = operation.requestType();
        if (type == null) {
          throw new IllegalArgumentException(operation + " takes no request body");
        }
        if (!type.isInstance(body)) {
          throw new IllegalArgumentException(operation + " takes a " + type.getSimpleName()
              + " body, not " + body.getClass().getSimpleName());
        }
      }
      this.body = body;
      return this;
    }

    /**
     * Builds the operation.
     *
     * @return the immutable operation
     * @throws MissingParameterException if a path parameter is missing or blank, or a required body is absent
     */
    public JourneyOperation<R> build() {
      return new JourneyOperation<>(this);
    }
  }
}
