package io.journeydsl.validation.xcheck;

import io.journeydsl.JourneyConfig;
import io.journeydsl.testkit.jqwik.JourneyArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** What the cross-checks start from: for every target, generated objects and those of the realistic bundle. */
final class Subjects {
  private Subjects() {}

  /** A subject of any target, generated or realistic. */
  static Arbitrary<Subject> any() {
    return Arbitraries.of(Target.values()).flatMap(target -> Arbitraries.oneOf(generated(target),
        RealisticSubjects.of(target)));
  }

  private static Arbitrary<Subject> generated(Target target) {
    return switch (target) {
      case CREATE_SEGMENT, PATCH_SEGMENT -> JourneyArbitraries.segments()
          .map(s -> new Subject(target, JourneyConfig.builder().addSegment(s).build()));
      case CREATE_OUTCOME, PATCH_OUTCOME -> JourneyArbitraries.outcomes()
          .map(o -> new Subject(target, JourneyConfig.builder().addOutcome(o).build()));
      case CREATE_ACTION_TEMPLATE, PATCH_ACTION_TEMPLATE -> JourneyArbitraries.actionTemplates()
          .map(t -> new Subject(target, JourneyConfig.builder().addActionTemplate(t).build()));
      case CREATE_ACTION_MAP, PATCH_ACTION_MAP -> JourneyArbitraries.bundles()
          .filter(b -> !b.actionMaps().isEmpty()).map(b -> new Subject(target, b));
    };
  }
}
