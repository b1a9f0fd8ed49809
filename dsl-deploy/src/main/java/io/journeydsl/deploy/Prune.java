package io.journeydsl.deploy;

import io.journeydsl.catalog.ApiCollection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which org objects the configuration owns beyond those it names, so that a plan may delete them:
 * every object of some collections, or the objects whose name matches a regular expression. Nothing
 * is pruned unless asked, so a team sharing an org never deletes what it does not own. Immutable.
 */
public final class Prune {
  private static final Prune NONE = new Prune(EnumSet.noneOf(ApiCollection.class), List.of());

  private final Set<ApiCollection> collections;
  private final List<Pattern> names;

  private Prune(Set<ApiCollection> collections, List<Pattern> names) {
    this.collections = collections;
    this.names = names;
  }

  /** Deletes nothing (the default). */
  public static Prune none() {
    return NONE;
  }

  /** Every object of {@code collection} that the configuration does not name. */
  public static Prune all(ApiCollection collection) {
    Objects.requireNonNull(collection, "collection");
    if (!collection.creatable()) {
      throw new IllegalArgumentException("the API cannot delete " + collection.label() + "s");
    }
    return NONE.and(EnumSet.of(collection), List.of());
  }

  /** Every object of any deployable collection whose whole name matches {@code regex}. */
  public static Prune matching(String regex) {
    try {
      return NONE.and(EnumSet.noneOf(ApiCollection.class), List.of(Pattern.compile(regex)));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("not a regular expression: " + regex + " (" + e.getDescription() + ")", e);
    }
  }

  /**
   * Reads the command-line form: a bundle key ({@code segments}, {@code outcomes},
   * {@code actionTemplates}, {@code actionMaps}) selects that whole collection, anything else is a
   * regular expression that must match a whole name.
   */
  public static Prune parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    return ApiCollection.ofBundleKey(spec).filter(ApiCollection::creatable).map(Prune::all)
        .orElseGet(() -> matching(spec));
  }

  /** This selection and {@code other}'s together. */
  public Prune and(Prune other) {
    return and(other.collections, other.names);
  }

  private Prune and(Set<ApiCollection> more, List<Pattern> morePatterns) {
    Set<ApiCollection> c = EnumSet.noneOf(ApiCollection.class);
    c.addAll(collections);
    c.addAll(more);
    List<Pattern> p = new ArrayList<>(names);
    p.addAll(morePatterns);
    return new Prune(c, List.copyOf(p));
  }

  /** Whether an org object of {@code collection} named {@code name} is selected for deletion. */
  public boolean selects(ApiCollection collection, String name) {
    if (!collection.creatable()) {
      return false;
    }
    return collections.contains(collection) || name != null && names.stream().anyMatch(p -> p.matcher(name).matches());
  }

  /** Whether objects of {@code collection} may be selected at all (so the org's must be read). */
  public boolean mayTouch(ApiCollection collection) {
    return collection.creatable() && (collections.contains(collection) || !names.isEmpty());
  }

  /** Whether nothing is selected. */
  public boolean isNone() {
    return collections.isEmpty() && names.isEmpty();
  }

  @Override
  public String toString() {
    if (isNone()) {
      return "Prune[none]";
    }
    List<String> parts = new ArrayList<>();
    collections.forEach(c -> parts.add(c.bundleKey()));
    names.forEach(p -> parts.add("/" + p.pattern() + "/"));
    return "Prune" + parts;
  }
}
