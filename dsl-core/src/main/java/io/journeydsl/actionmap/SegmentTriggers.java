package io.journeydsl.actionmap;

import io.journeydsl.Ref;
import io.journeydsl.internal.Args;
import io.journeydsl.segment.JourneySegment;
import java.util.ArrayList;
import java.util.List;

/** The wire values of typed segment triggers, shared by the create and PATCH builders of action maps. */
final class SegmentTriggers {
  private SegmentTriggers() {}

  @SafeVarargs
  static List<String> wires(Ref<JourneySegment> first, Ref<JourneySegment>... more) {
    List<String> out = new ArrayList<>(1 + more.length);
    out.add(Args.requireNonNull(first, "segment").wire());
    for (Ref<JourneySegment> ref : more) {
      out.add(Args.requireNonNull(ref, "segment").wire());
    }
    return out;
  }

  static List<String> wires(JourneySegment first, JourneySegment... more) {
    List<String> out = new ArrayList<>(1 + more.length);
    out.add(Ref.to(first).wire());
    for (JourneySegment segment : more) {
      out.add(Ref.to(segment).wire());
    }
    return out;
  }
}
