package io.journeydsl.testkit.assertj;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.FakeJourneyApi;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ObjectAssert;

/**
 * AssertJ assertions on what a {@link FakeJourneyApi} stores: objects by name (action templates by
 * {@code name}, the rest by {@code displayName}) and counts per collection. Soft-deleted action
 * templates count as stored, as the fake keeps them. Obtain it from
 * {@link JourneyAssertions#assertThat(FakeJourneyApi)}.
 */
public final class FakeJourneyApiAssert extends AbstractAssert<FakeJourneyApiAssert, FakeJourneyApi> {

  FakeJourneyApiAssert(FakeJourneyApi actual) {
    super(actual, FakeJourneyApiAssert.class);
  }

  /** Verifies a segment with this display name is stored. */
  public FakeJourneyApiAssert hasSegmentNamed(String displayName) {
    return hasNamed("segment", fake().segments(), JourneySegment::displayName, displayName);
  }

  /** Verifies no segment with this display name is stored. */
  public FakeJourneyApiAssert hasNoSegmentNamed(String displayName) {
    return hasNoneNamed("segment", fake().segments(), JourneySegment::displayName, displayName);
  }

  /** Verifies an outcome with this display name is stored. */
  public FakeJourneyApiAssert hasOutcomeNamed(String displayName) {
    return hasNamed("outcome", fake().outcomes(), Outcome::displayName, displayName);
  }

  /** Verifies an action template with this name is stored (soft-deleted ones included). */
  public FakeJourneyApiAssert hasActionTemplateNamed(String name) {
    return hasNamed("action template", fake().actionTemplates(), ActionTemplate::name, name);
  }

  /** Verifies an action map with this display name is stored. */
  public FakeJourneyApiAssert hasActionMapNamed(String displayName) {
    return hasNamed("action map", fake().actionMaps(), ActionMap::displayName, displayName);
  }

  /** Verifies no action map with this display name is stored. */
  public FakeJourneyApiAssert hasNoActionMapNamed(String displayName) {
    return hasNoneNamed("action map", fake().actionMaps(), ActionMap::displayName, displayName);
  }

  /** Verifies exactly {@code expected} segments are stored. */
  public FakeJourneyApiAssert hasSegments(int expected) {
    return hasCount("segments", fake().segments(), JourneySegment::displayName, expected);
  }

  /** Verifies exactly {@code expected} outcomes are stored. */
  public FakeJourneyApiAssert hasOutcomes(int expected) {
    return hasCount("outcomes", fake().outcomes(), Outcome::displayName, expected);
  }

  /** Verifies exactly {@code expected} action templates are stored (soft-deleted ones included). */
  public FakeJourneyApiAssert hasActionTemplates(int expected) {
    return hasCount("action templates", fake().actionTemplates(), ActionTemplate::name, expected);
  }

  /** Verifies exactly {@code expected} action maps are stored. */
  public FakeJourneyApiAssert hasActionMaps(int expected) {
    return hasCount("action maps", fake().actionMaps(), ActionMap::displayName, expected);
  }

  /** Verifies nothing at all is stored: no segment, outcome, action template, action map or action target. */
  public FakeJourneyApiAssert isEmpty() {
    isNotNull();
    int total = actual.segments().size() + actual.outcomes().size() + actual.actionTemplates().size()
        + actual.actionMaps().size() + actual.actionTargets().size();
    if (total != 0) {
      failWithMessage("Expecting the fake to be empty but it holds %d segments, %d outcomes, %d action templates, "
          + "%d action maps and %d action targets", actual.segments().size(), actual.outcomes().size(),
          actual.actionTemplates().size(), actual.actionMaps().size(), actual.actionTargets().size());
    }
    return myself;
  }

  /** Navigates to the stored segment with this display name; fails when there is none. */
  public ObjectAssert<JourneySegment> segment(String displayName) {
    return navigate("segment", fake().segments(), JourneySegment::displayName, displayName);
  }

  /** Navigates to the stored outcome with this display name; fails when there is none. */
  public ObjectAssert<Outcome> outcome(String displayName) {
    return navigate("outcome", fake().outcomes(), Outcome::displayName, displayName);
  }

  /** Navigates to the stored action template with this name; fails when there is none. */
  public ObjectAssert<ActionTemplate> actionTemplate(String name) {
    return navigate("action template", fake().actionTemplates(), ActionTemplate::name, name);
  }

  /** Navigates to the stored action map with this display name; fails when there is none. */
  public ObjectAssert<ActionMap> actionMap(String displayName) {
    return navigate("action map", fake().actionMaps(), ActionMap::displayName, displayName);
  }

  /** Navigates to the fake's journal. */
  public JournalAssert journal() {
    return JourneyAssertions.assertThat(fake().journal());
  }

  private FakeJourneyApi fake() {
    isNotNull();
    return actual;
  }

  private <T> FakeJourneyApiAssert hasNamed(String kind, List<T> stored, Function<T, String> name, String expected) {
    if (find(stored, name, expected).isEmpty()) {
      failWithMessage("Expecting the fake to hold a %s named '%s' but it holds %s", kind, expected, names(stored, name));
    }
    return myself;
  }

  private <T> FakeJourneyApiAssert hasNoneNamed(String kind, List<T> stored, Function<T, String> name, String unexpected) {
    if (find(stored, name, unexpected).isPresent()) {
      failWithMessage("Expecting the fake to hold no %s named '%s' but it does: %s", kind, unexpected,
          find(stored, name, unexpected).get());
    }
    return myself;
  }

  private <T> FakeJourneyApiAssert hasCount(String kind, List<T> stored, Function<T, String> name, int expected) {
    if (stored.size() != expected) {
      failWithMessage("Expecting the fake to hold %d %s but it holds %d: %s", expected, kind, stored.size(),
          names(stored, name));
    }
    return myself;
  }

  private <T> ObjectAssert<T> navigate(String kind, List<T> stored, Function<T, String> name, String expected) {
    hasNamed(kind, stored, name, expected);
    return Assertions.assertThatObject(find(stored, name, expected).get()).as("%s '%s'", kind, expected);
  }

  private static <T> Optional<T> find(List<T> stored, Function<T, String> name, String expected) {
    return stored.stream().filter(t -> Objects.equals(name.apply(t), expected)).findFirst();
  }

  private static <T> String names(List<T> stored, Function<T, String> name) {
    return stored.stream().map(t -> "'" + name.apply(t) + "'").collect(Collectors.joining(", ", "[", "]"));
  }
}
