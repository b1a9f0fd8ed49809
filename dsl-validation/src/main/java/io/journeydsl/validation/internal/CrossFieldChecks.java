package io.journeydsl.validation.internal;

/** The cross-field rules of whatever wire object carries {@code @CrossField}, by its type. */
final class CrossFieldChecks {
  private CrossFieldChecks() {}

  static void check(Object value, Findings findings) {
    if (!SegmentChecks.check(value, findings) && !ActionMapChecks.check(value, findings)
        && !ActionChecks.check(value, findings) && !TemplateChecks.check(value, findings)) {
      AggregateChecks.check(value, findings);
    }
  }
}
