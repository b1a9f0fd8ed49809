package io.journeydsl.criteria;

import io.journeydsl.catalog.OrderedKeys;
import io.journeydsl.internal.Args;
import io.journeydsl.JourneyDslException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The keys a journey pattern's criteria may use: the ten page and event keys, and custom event
 * attributes {@code attributes.<name>.value}. Their operators produce {@link Criteria}:
 * {@code JourneyKeys.PAGE_URL.contains("/pricing")}. The page and event keys hold text (URLs, titles,
 * names) and offer only the text operators; an attribute key also offers the ordered comparisons.
 */
public final class JourneyKeys {
  private static final CriterionFactory<Criteria> JOURNEY = CriterionFactory.journey();
  private static final Pattern ATTRIBUTE = Pattern.compile("attributes\\.[^.]+\\.value");

  /** {@code eventName} */
  public static final TextKey<Criteria> EVENT_NAME = TextKey.of("eventName", JOURNEY);

  /** {@code page.url} */
  public static final TextKey<Criteria> PAGE_URL = TextKey.of("page.url", JOURNEY);

  /** {@code page.title} */
  public static final TextKey<Criteria> PAGE_TITLE = TextKey.of("page.title", JOURNEY);

  /** {@code page.hostname} */
  public static final TextKey<Criteria> PAGE_HOSTNAME = TextKey.of("page.hostname", JOURNEY);

  /** {@code page.domain} */
  public static final TextKey<Criteria> PAGE_DOMAIN = TextKey.of("page.domain", JOURNEY);

  /** {@code page.fragment} */
  public static final TextKey<Criteria> PAGE_FRAGMENT = TextKey.of("page.fragment", JOURNEY);

  /** {@code page.keywords} */
  public static final TextKey<Criteria> PAGE_KEYWORDS = TextKey.of("page.keywords", JOURNEY);

  /** {@code page.pathname} */
  public static final TextKey<Criteria> PAGE_PATHNAME = TextKey.of("page.pathname", JOURNEY);

  /** {@code searchQuery} */
  public static final TextKey<Criteria> SEARCH_QUERY = TextKey.of("searchQuery", JOURNEY);

  /** {@code page.queryString} */
  public static final TextKey<Criteria> PAGE_QUERY_STRING = TextKey.of("page.queryString", JOURNEY);

  private static final List<String> ALL = List.of("eventName", "page.url", "page.title", "page.hostname", "page.domain", "page.fragment", "page.keywords", "page.pathname", "searchQuery", "page.queryString");

  private JourneyKeys() {}

  /**
   * The key of a custom event attribute: {@code attributes.<name>.value}. Attribute values may be
   * numbers or dates, so the key also compares by order:
   * {@code JourneyKeys.attribute("cartValue").greaterThan("100")}.
   */
  public static OrderedKey<Criteria> attribute(String name) {
    Args.requireText(name, "attribute name");
    if (name.contains(".")) {
      throw new JourneyDslException("attribute name must not contain '.': '" + name + "'");
    }
    return OrderedKey.of(OrderedKeys.attributeKey(name), JOURNEY);
  }

  /** The wire names of the ten fixed journey keys, in API order. */
  public static List<String> names() {
    return ALL;
  }

  /** Whether {@code key} is a journey criteria key: one of {@link #names()} or an attribute key. */
  public static boolean isJourneyKey(String key) {
    return key != null && (ALL.contains(key) || ATTRIBUTE.matcher(key).matches());
  }
}
