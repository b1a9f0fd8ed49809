package io.journeydsl.testkit.simulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a session: when it happened, its {@code eventName}, the values journey criteria and
 * event conditions look at (keyed by their wire keys: {@code page.url}, {@code page.title},
 * {@code page.hostname}, {@code page.domain}, {@code page.pathname}, {@code page.queryString},
 * {@code page.fragment}, {@code page.keywords}, {@code searchQuery}, {@code attributes.<name>.value}),
 * and the outcome scores the test says Genesys' models give at that moment (its models are not
 * public, so a test supplies them). Immutable; the {@code with...} methods return copies.
 *
 * @param at when the event happened
 * @param eventName the event's name, e.g. {@code page_viewed}
 * @param fields criteria key to value
 * @param scores outcome display name (or id) to score, from this event on
 */
public record VisitorEvent(Instant at, String eventName, Map<String, String> fields, Map<String, OutcomeScore> scores) {

  /** The event name of a page view in Genesys' web tracking. */
  public static final String PAGE_VIEWED = "page_viewed";

  /** Validates and copies. */
  public VisitorEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(eventName, "eventName");
    Map<String, String> copy = new LinkedHashMap<>(fields);
    copy.put("eventName", eventName);
    fields = Collections.unmodifiableMap(copy);
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
  }

  /**
   * A page view of {@code url}: {@code page.url} is the URL as given; {@code page.hostname},
   * {@code page.domain} (the host name without a leading {@code www.}), {@code page.pathname},
   * {@code page.queryString} and {@code page.fragment} are taken from it when it parses as a URI.
   *
   * @param at when
   * @param url the page's full URL
   * @return the event
   */
  public static VisitorEvent pageView(Instant at, String url) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("page.url", Objects.requireNonNull(url, "url"));
    try {
      URI uri = new URI(url);
      put(fields, "page.hostname", uri.getHost());
      if (uri.getHost() != null) {
        fields.put("page.domain", uri.getHost().startsWith("www.") ? uri.getHost().substring(4) : uri.getHost());
      }
      put(fields, "page.pathname", uri.getRawPath());
      put(fields, "page.queryString", uri.getRawQuery());
      put(fields, "page.fragment", uri.getRawFragment());
    } catch (URISyntaxException e) {
      // Kept as page.url only: a criterion on the missing parts then does not match, as for any absent key.
    }
    return new VisitorEvent(at, PAGE_VIEWED, fields, Map.of());
  }

  /**
   * A custom event with attributes; attribute {@code name} is the criteria key
   * {@code attributes.<name>.value}.
   *
   * @param at when
   * @param eventName the event's name, e.g. {@code added_to_cart}
   * @param attributes attribute name to value
   * @return the event
   */
  public static VisitorEvent custom(Instant at, String eventName, Map<String, String> attributes) {
    Map<String, String> fields = new LinkedHashMap<>();
    attributes.forEach((name, value) -> fields.put("attributes." + name + ".value", value));
    return new VisitorEvent(at, eventName, fields, Map.of());
  }

  /**
   * A copy with one more field.
   *
   * @param key a criteria key, e.g. {@code page.title} or {@code attributes.cartValue.value}
   * @param value its value
   * @return the copy
   */
  public VisitorEvent with(String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(fields);
    copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new VisitorEvent(at, eventName, copy, scores);
  }

  /**
   * A copy with a page title ({@code page.title}).
   *
   * @param title the title
   * @return the copy
   */
  public VisitorEvent withTitle(String title) {
    return with("page.title", title);
  }

  /**
   * A copy with an attribute ({@code attributes.<name>.value}).
   *
   * @param name the attribute name
   * @param value its value
   * @return the copy
   */
  public VisitorEvent withAttribute(String name, String value) {
    return with("attributes." + name + ".value", value);
  }

  /**
   * A copy carrying the score of an outcome from this event on (until a later event of the session
   * gives another).
   *
   * @param outcome the outcome's display name or id
   * @param score its score
   * @return the copy
   */
  public VisitorEvent withScore(String outcome, OutcomeScore score) {
    Map<String, OutcomeScore> copy = new LinkedHashMap<>(scores);
    copy.put(Objects.requireNonNull(outcome, "outcome"), Objects.requireNonNull(score, "score"));
    return new VisitorEvent(at, eventName, fields, copy);
  }

  /** The value of a criteria key, if the event has one. */
  public Optional<String> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  /** The page URL, if this event is on a page. */
  public Optional<String> pageUrl() {
    return field("page.url");
  }

  private static void put(Map<String, String> fields, String key, String value) {
    if (value != null && !value.isEmpty()) {
      fields.put(key, value);
    }
  }
}
