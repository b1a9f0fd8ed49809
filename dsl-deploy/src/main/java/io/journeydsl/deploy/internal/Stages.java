package io.journeydsl.deploy.internal;

import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.catalog.ReferenceSite;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The order of the collections, derived from the catalogue's {@link ReferenceSite}s: a collection
 * comes after every collection its objects refer to (templates, segments and outcomes before action
 * maps), so creates and updates run in this order and deletes in the reverse.
 */
final class Stages {
  private static final List<ApiCollection> ORDER = Arrays.stream(ApiCollection.values())
      .filter(ApiCollection::creatable)
      .sorted(Comparator.comparingInt(Stages::rank).thenComparing(Comparator.naturalOrder()))
      .toList();

  private Stages() {}

  /** The collections the deployer manages, referred-to collections first. */
  static List<ApiCollection> order() {
    return ORDER;
  }

  /** 0 for a collection that refers to nothing, else one more than the highest rank it refers to. */
  static int rank(ApiCollection collection) {
    return ReferenceSite.of(collection).stream().mapToInt(site -> rank(site.target()) + 1).max().orElse(0);
  }

  /** The distinct ranks, lowest first. */
  static List<Integer> ranks() {
    return ORDER.stream().map(Stages::rank).distinct().toList();
  }

  /** The collections whose objects the objects of {@code owner} refer to. */
  static List<ApiCollection> targets(ApiCollection owner) {
    return ReferenceSite.of(owner).stream().map(ReferenceSite::target).distinct().toList();
  }
}
