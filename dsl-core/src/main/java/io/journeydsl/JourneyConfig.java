package io.journeydsl;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A bundle of Journey objects that belong together, with references between them by name: the unit
 * that is validated, planned and deployed, and the bundle file format the {@code journey} command
 * reads and writes:
 *
 * <pre>{@code
 * { "segments": [...], "outcomes": [...], "actionTemplates": [...], "actionMaps": [...],
 *   "aggregateQueries": [...] }
 * }</pre>
 *
 * <p>Every key is optional and objects are exact wire JSON. Where the wire has an id, a reference to
 * an object of the bundle is written {@code ${segment:<displayName>}}, {@code ${outcome:<displayName>}}
 * or {@code ${actionTemplate:<name>}}; a plain id refers to an object that already exists in the org.
 * Identity against an org is the {@code displayName} ({@code name} for action templates).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableJourneyConfig.class)
@JsonDeserialize(as = ImmutableJourneyConfig.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class JourneyConfig {
  JourneyConfig() {}

  /** The type name and the compact bundle JSON; empty collections are left out. */
  @Override
  public String toString() {
    return io.journeydsl.internal.ModelStrings.of(this);
  }

  /** The segments of the bundle. */
  public abstract List<JourneySegment> segments();

  /** The outcomes of the bundle. */
  public abstract List<Outcome> outcomes();

  /** The action templates of the bundle. */
  public abstract List<ActionTemplate> actionTemplates();

  /** The action maps of the bundle. */
  public abstract List<ActionMap> actionMaps();

  /** Aggregate queries kept with the configuration: validated, never deployed. */
  public abstract List<JourneyAggregationQuery> aggregateQueries();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A bundle of these objects, each placed by its type: segments, outcomes, action templates,
   * action maps and aggregate queries (builders are built first).
   *
   * @throws JourneyDslException naming the position of an object of another type
   */
  public static JourneyConfig of(Object... objects) {
    Builder builder = builder();
    for (int i = 0; i < objects.length; i++) {
      builder.add(objects[i], i);
    }
    return builder.build();
  }

  /** The segment with this display name. */
  public Optional<JourneySegment> segment(String displayName) {
    return segments().stream().filter(s -> Objects.equals(s.displayName(), displayName)).findFirst();
  }

  /** The outcome with this display name. */
  public Optional<Outcome> outcome(String displayName) {
    return outcomes().stream().filter(o -> Objects.equals(o.displayName(), displayName)).findFirst();
  }

  /** The action template with this name. */
  public Optional<ActionTemplate> actionTemplate(String name) {
    return actionTemplates().stream().filter(t -> Objects.equals(t.name(), name)).findFirst();
  }

  /** The action map with this display name. */
  public Optional<ActionMap> actionMap(String displayName) {
    return actionMaps().stream().filter(m -> Objects.equals(m.displayName(), displayName)).findFirst();
  }

  /**
   * The names of this configuration's objects of {@code collection} (the catalogue's name field), in
   * bundle order; empty for a collection a configuration does not hold (action targets).
   */
  public Set<String> names(ApiCollection collection) {
    Objects.requireNonNull(collection, "collection");
    Stream<String> names = switch (collection) {
      case SEGMENTS -> segments().stream().map(JourneySegment::displayName);
      case OUTCOMES -> outcomes().stream().map(Outcome::displayName);
      case ACTION_TEMPLATES -> actionTemplates().stream().map(ActionTemplate::name);
      case ACTION_MAPS -> actionMaps().stream().map(ActionMap::displayName);
      case ACTION_TARGETS -> Stream.empty();
    };
    Set<String> out = new LinkedHashSet<>();
    names.filter(Objects::nonNull).forEach(out::add);
    return Collections.unmodifiableSet(out);
  }

  /** Every reference the action maps hold, by name or by id, in bundle order. */
  public List<BundleReference> references() {
    return ConfigReferences.list(this);
  }

  /**
   * A copy in which every reference by name is replaced with the id {@code idOf} gives for it; a
   * reference for which it returns {@code null} is left as it is.
   */
  public JourneyConfig resolve(Function<Ref<?>, String> idOf) {
    return ConfigReferences.resolve(this, Objects.requireNonNull(idOf, "idOf"));
  }

  /** The bundle file JSON, indented. */
  public String toJson() {
    return io.journeydsl.json.JourneyJson.writePretty(this);
  }

  /**
   * Reads bundle file JSON.
   *
   * @throws io.journeydsl.json.JourneyJsonException naming the path, line and column of the first
   *     problem: malformed JSON, a wrong type, or a top-level key that is not part of the format
   */
  public static JourneyConfig fromJson(String json) {
    return BundleReader.read(json);
  }

  /**
   * Reads a bundle file (UTF-8).
   *
   * @throws UncheckedIOException saying why the file cannot be read: missing, a directory, permission
   *     denied, not UTF-8
   * @throws io.journeydsl.json.JourneyJsonException as {@link #fromJson(String)}
   */
  public static JourneyConfig read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundle " + file + ": " + whyUnreadable(file, e), e);
    }
    return fromJson(text);
  }

  private static String whyUnreadable(Path file, IOException e) {
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "not UTF-8 text";
    } else if (Files.isDirectory(file)) {
      return "a directory, not a file";
    } else if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    } else if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Writes the bundle file (UTF-8, indented). */
  public void write(Path file) {
    try {
      Files.writeString(file, toJson() + System.lineSeparator(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write bundle " + file + ": " + e.getMessage(), e);
    }
  }

  /** Builds {@link JourneyConfig}s; {@link #add(Object)} places any object by its type. */
  public static final class Builder extends ImmutableJourneyConfig.Builder {
    Builder() {}

    /** Adds one object (or builder) of any bundle type. */
    public Builder add(Object object) {
      return add(object, -1);
    }

    Builder add(Object object, int position) {
      Object value = object instanceof JourneySegment.Builder b ? b.build()
          : object instanceof Outcome.Builder b ? b.build()
          : object instanceof ActionTemplate.Builder b ? b.build()
          : object instanceof ActionMap.Builder b ? b.build()
          : object;
      if (value instanceof JourneySegment s) {
        return addSegment(s);
      } else if (value instanceof Outcome o) {
        return addOutcome(o);
      } else if (value instanceof ActionTemplate t) {
        return addActionTemplate(t);
      } else if (value instanceof ActionMap m) {
        return addActionMap(m);
      } else if (value instanceof JourneyAggregationQuery q) {
        return addAggregateQuery(q);
      }
      String where = position >= 0 ? "argument " + position : "object";
      throw new JourneyDslException(where + " is not a segment, outcome, action template, action map or "
          + "aggregate query: " + (value == null ? "null" : value.getClass().getName()));
    }
  }
}
