package io.journeydsl.validation.xcheck;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Subjects taken from the realistic test bundle ({@code valid-bundle.json}): richer than the
 * generated ones (context patterns, event conditions, outcome conditions, schedule groups, styled
 * content offers), so that mutations reach fields the arbitraries never set.
 */
final class RealisticSubjects {
  private static final JourneyConfig BUNDLE = load();

  private RealisticSubjects() {}

  /** A subject for {@code target}: one object of the bundle of that kind, first in its list. */
  static Arbitrary<Subject> of(Target target) {
    return switch (target) {
      case CREATE_SEGMENT, PATCH_SEGMENT -> Arbitraries.of(BUNDLE.segments())
          .map(s -> new Subject(target, JourneyConfig.builder().addSegment(s).build()));
      case CREATE_OUTCOME, PATCH_OUTCOME -> Arbitraries.of(BUNDLE.outcomes())
          .map(o -> new Subject(target, JourneyConfig.builder().addOutcome(o).build()));
      case CREATE_ACTION_TEMPLATE, PATCH_ACTION_TEMPLATE -> Arbitraries.of(BUNDLE.actionTemplates())
          .map(t -> new Subject(target, JourneyConfig.builder().addActionTemplate(t).build()));
      case CREATE_ACTION_MAP, PATCH_ACTION_MAP -> Arbitraries.of(BUNDLE.actionMaps())
          .map(m -> new Subject(target, withFirst(m)));
    };
  }

  private static JourneyConfig withFirst(ActionMap first) {
    List<ActionMap> maps = new ArrayList<>(List.of(first));
    BUNDLE.actionMaps().stream().filter(m -> m != first).forEach(maps::add);
    return JourneyConfig.builder().addAllSegments(BUNDLE.segments()).addAllOutcomes(BUNDLE.outcomes())
        .addAllActionTemplates(BUNDLE.actionTemplates()).addAllActionMaps(maps).build();
  }

  private static JourneyConfig load() {
    try (InputStream in = Objects.requireNonNull(RealisticSubjects.class.getResourceAsStream("/valid-bundle.json"))) {
      return JourneyConfig.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
