package io.journeydsl.analytics;

import io.journeydsl.catalog.ApiCollection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The names of the Journey objects whose ids appear as group values of aggregate results, so that a
 * row can say "Offer the sale" where the wire says {@code 3f1c...}. The analytics client builds one
 * from the org for the objects of a configuration ({@code client.analytics().rows(query, config)}).
 */
@FunctionalInterface
public interface GroupNames {

  /** No names: every group value is shown as it came. */
  GroupNames NONE = (collection, id) -> Optional.empty();

  /**
   * The name of the object of {@code collection} with this id, if known.
   *
   * @param collection the collection the id belongs to
   * @param id the group value
   * @return the object's name, or empty
   */
  Optional<String> nameOf(ApiCollection collection, String id);

  /** Names from a table: collection to (id to name). */
  static GroupNames of(Map<ApiCollection, Map<String, String>> namesById) {
    Map<ApiCollection, Map<String, String>> copy = Map.copyOf(Objects.requireNonNull(namesById, "namesById"));
    return (collection, id) -> Optional.ofNullable(copy.getOrDefault(collection, Map.of()).get(id));
  }
}
