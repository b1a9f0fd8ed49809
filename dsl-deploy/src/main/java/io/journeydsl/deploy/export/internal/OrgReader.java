package io.journeydsl.deploy.export.internal;

import io.journeydsl.JourneyConfig;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.deploy.export.ExportNote;
import io.journeydsl.error.JourneyApiException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every object of every collection that belongs in a bundle (those the catalogue gives a
 * bundle key that {@link JourneyConfig} holds), all pages of each, through any {@link JourneyClient}.
 */
final class OrgReader {
  /**
   * The page size asked for: the API documents no maximum and defaults to 25; 100 is what the
   * Terraform provider pages with, a quarter of the requests for a large org.
   */
  static final int PAGE_SIZE = 100;

  /** HTTP 410: the endpoint of a deprecated collection has been removed. */
  private static final int GONE = 410;

  private OrgReader() {}

  /** The collections a bundle holds, in catalogue order. */
  static List<ApiCollection> bundleCollections() {
    List<ApiCollection> out = new ArrayList<>();
    for (ApiCollection collection : ApiCollection.values()) {
      if (isBundleList(collection.bundleKey())) {
        out.add(collection);
      }
    }
    return out;
  }

  private static boolean isBundleList(String key) {
    try {
      Method accessor = JourneyConfig.class.getMethod(key);
      return List.class.isAssignableFrom(accessor.getReturnType());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * Every object of each bundle collection, as the org answers it. A deprecated collection whose
   * endpoint is gone (410, as outcomes are on current orgs) is left out of the map, with a note.
   */
  static Map<ApiCollection, List<?>> read(JourneyClient client, List<ExportNote> notes) {
    Map<ApiCollection, List<?>> out = new LinkedHashMap<>();
    for (ApiCollection collection : bundleCollections()) {
      try (Stream<?> all = stream(client, collection)) {
        out.put(collection, all.toList());
      } catch (JourneyApiException e) {
        if (!collection.deprecated() || e.status() != GONE) {
          throw e;
        }
        notes.add(new ExportNote(collection.bundleKey(), "the " + collection.label()
            + " endpoint is gone from this org (410, deprecated by Genesys): no " + collection.bundleKey() + " exported"));
      }
    }
    return out;
  }

  private static Stream<?> stream(JourneyClient client, ApiCollection collection) {
    return switch (collection) {
      case SEGMENTS -> client.segments().stream(q -> q.pageSize(PAGE_SIZE));
      case OUTCOMES -> client.outcomes().stream(q -> q.pageSize(PAGE_SIZE));
      case ACTION_TEMPLATES -> client.actionTemplates().stream(q -> q.pageSize(PAGE_SIZE));
      case ACTION_MAPS -> client.actionMaps().stream(q -> q.pageSize(PAGE_SIZE));
      case ACTION_TARGETS -> client.actionTargets().stream(q -> q.pageSize(PAGE_SIZE));
    };
  }
}
