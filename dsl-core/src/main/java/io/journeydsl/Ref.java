package io.journeydsl;

import io.journeydsl.internal.Args;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A typed reference to a Journey object: a segment, an outcome or an action template (which action
 * maps refer to), or an action map (which aggregate query filters may name), either by name (an object of the same {@link JourneyConfig}, resolved to its id at deploy time) or
 * by id (an object that already exists in the org). The type parameter makes a reference to the wrong
 * kind a compile error: a {@code Ref<Outcome>} cannot stand where a {@code Ref<JourneySegment>} is
 * needed.
 *
 * <p>On the wire, where the API has an id, a reference by name is written
 * {@code ${segment:<displayName>}}, {@code ${outcome:<displayName>}}, {@code ${actionTemplate:<name>}} or
 * {@code ${actionMap:<displayName>}}, as in the bundle file format.
 *
 * @param <T> the kind of object referred to
 */
public final class Ref<T> {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+):(.+)}", Pattern.DOTALL);

  /** The kinds of object a reference may point to; each is a collection of the catalogue. */
  public enum Kind {
    /** A {@link JourneySegment}, named by {@code displayName}. */
    SEGMENT(ApiCollection.SEGMENTS),
    /** An {@link Outcome}, named by {@code displayName}. */
    OUTCOME(ApiCollection.OUTCOMES),
    /** An {@link ActionTemplate}, named by {@code name}. */
    ACTION_TEMPLATE(ApiCollection.ACTION_TEMPLATES),
    /** An {@link ActionMap}, named by {@code displayName}; aggregate query filters refer to action maps. */
    ACTION_MAP(ApiCollection.ACTION_MAPS);

    private final ApiCollection collection;

    Kind(ApiCollection collection) {
      this.collection = collection;
    }

    /** The collection of the objects of this kind. */
    public ApiCollection collection() {
      return collection;
    }

    /** The placeholder prefix, e.g. {@code segment} in {@code ${segment:Name}}. */
    public String prefix() {
      return collection.placeholderPrefix().orElseThrow();
    }

    /** The kind of the objects of {@code collection}, if references can point to them. */
    public static java.util.Optional<Kind> of(ApiCollection collection) {
      for (Kind kind : values()) {
        if (kind.collection == collection) {
          return java.util.Optional.of(kind);
        }
      }
      return java.util.Optional.empty();
    }

    static Optional<Kind> ofPrefix(String prefix) {
      for (Kind kind : values()) {
        if (kind.prefix().equals(prefix)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  private final Kind kind;
  private final String name;
  private final String id;

  private Ref(Kind kind, String name, String id) {
    this.kind = kind;
    this.name = name;
    this.id = id;
  }

  /** A segment of the same configuration, by display name. */
  public static Ref<JourneySegment> segment(String displayName) {
    return new Ref<>(Kind.SEGMENT, Args.requireText(displayName, "segment displayName"), null);
  }

  /** An outcome of the same configuration, by display name. */
  public static Ref<Outcome> outcome(String displayName) {
    return new Ref<>(Kind.OUTCOME, Args.requireText(displayName, "outcome displayName"), null);
  }

  /** An action template of the same configuration, by name. */
  public static Ref<ActionTemplate> actionTemplate(String name) {
    return new Ref<>(Kind.ACTION_TEMPLATE, Args.requireText(name, "actionTemplate name"), null);
  }

  /** An action map of the same configuration, by display name (for aggregate query filters). */
  public static Ref<ActionMap> actionMap(String displayName) {
    return new Ref<>(Kind.ACTION_MAP, Args.requireText(displayName, "actionMap displayName"), null);
  }

  /** An existing segment of the org, by id. */
  public static Ref<JourneySegment> segmentId(String id) {
    return new Ref<>(Kind.SEGMENT, null, Args.requireText(id, "segment id"));
  }

  /** An existing outcome of the org, by id. */
  public static Ref<Outcome> outcomeId(String id) {
    return new Ref<>(Kind.OUTCOME, null, Args.requireText(id, "outcome id"));
  }

  /** An existing action template of the org, by id. */
  public static Ref<ActionTemplate> actionTemplateId(String id) {
    return new Ref<>(Kind.ACTION_TEMPLATE, null, Args.requireText(id, "actionTemplate id"));
  }

  /** An existing action map of the org, by id. */
  public static Ref<ActionMap> actionMapId(String id) {
    return new Ref<>(Kind.ACTION_MAP, null, Args.requireText(id, "actionMap id"));
  }

  /** A reference to {@code segment} by its display name (its identity in a configuration). */
  public static Ref<JourneySegment> to(JourneySegment segment) {
    return segment(Args.requireNonNull(segment, "segment").displayName());
  }

  /** A reference to {@code outcome} by its display name. */
  public static Ref<Outcome> to(Outcome outcome) {
    return outcome(Args.requireNonNull(outcome, "outcome").displayName());
  }

  /** A reference to {@code template} by its name. */
  public static Ref<ActionTemplate> to(ActionTemplate template) {
    return actionTemplate(Args.requireNonNull(template, "actionTemplate").name());
  }

  /** A reference to {@code map} by its display name. */
  public static Ref<ActionMap> to(ActionMap map) {
    return actionMap(Args.requireNonNull(map, "actionMap").displayName());
  }

  /**
   * Reads a wire value: a placeholder becomes a reference by name, anything else a reference by id.
   * Returns empty when the value is a placeholder of another kind.
   */
  public static Optional<Ref<?>> parse(Kind expected, String wire) {
    Objects.requireNonNull(expected, "expected");
    if (wire == null) {
      return Optional.empty();
    }
    Optional<Kind> placeholderKind = kindOfPlaceholder(wire);
    if (placeholderKind.isPresent()) {
      Kind kind = placeholderKind.get();
      return kind == expected ? Optional.of(new Ref<>(kind, nameOfPlaceholder(wire), null)) : Optional.empty();
    }
    return Optional.of(new Ref<>(expected, null, wire));
  }

  /** Whether {@code wire} is a placeholder {@code ${kind:name}} of a known kind rather than an id. */
  public static boolean isPlaceholder(String wire) {
    return kindOfPlaceholder(wire).isPresent();
  }

  /** The kind of the placeholder {@code wire}; empty when it is no placeholder of a known kind. */
  public static Optional<Kind> kindOfPlaceholder(String wire) {
    if (wire == null) {
      return Optional.empty();
    }
    Matcher m = PLACEHOLDER.matcher(wire);
    return m.matches() ? Kind.ofPrefix(m.group(1)) : Optional.empty();
  }

  private static String nameOfPlaceholder(String wire) {
    Matcher m = PLACEHOLDER.matcher(wire);
    if (!m.matches()) {
      throw new IllegalStateException("not a placeholder: " + wire);
    }
    return m.group(2);
  }

  /** The kind of object referred to. */
  public Kind kind() {
    return kind;
  }

  /** The name, when this is a reference by name. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The id, when this is a reference by id. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** What goes on the wire: the id, or the {@code ${kind:name}} placeholder. */
  public String wire() {
    return id != null ? id : "${" + kind.prefix() + ":" + name + "}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ref<?> other && other.kind == kind && Objects.equals(other.name, name)
        && Objects.equals(other.id, id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name, id);
  }

  @Override
  public String toString() {
    return wire();
  }
}
