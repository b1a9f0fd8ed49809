package io.journeydsl.actionmap;

import io.journeydsl.criteria.Operator;
import io.journeydsl.criteria.Operators;
import java.util.List;

/** Builds {@link UrlCondition}s: {@code url().contains("/pricing")}. */
public final class UrlConditions extends Operators<UrlCondition> {
  static final UrlConditions INSTANCE = new UrlConditions();

  private UrlConditions() {}

  /** The URL condition builder. */
  public static UrlConditions url() {
    return INSTANCE;
  }

  @Override
  protected UrlCondition make(Operator operator, List<String> values) {
    return UrlCondition.builder().operator(operator).values(values).build();
  }
}
