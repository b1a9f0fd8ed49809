package io.journeydsl.actionmap;

import io.journeydsl.internal.Args;
import io.journeydsl.pattern.EventStream;
import io.journeydsl.criteria.Operator;
import io.journeydsl.criteria.Operators;
import jakarta.annotation.Nullable;
import java.util.List;

/**
 * Builds {@link EventCondition}s on one key of one event stream:
 * {@code event(web(), "page.url").startsWith("/checkout")}. Event keys include custom attributes,
 * whose values may be numbers or dates, so besides the text operators the ordered comparisons
 * {@code greaterThan}, {@code greaterThanOrEqual}, {@code lessThan} and {@code lessThanOrEqual} of
 * the API are offered: {@code event(web(), "attributes.cartValue.value").greaterThan("100")}.
 */
public final class EventConditions extends Operators<EventCondition> {
  private final EventStream stream;
  private final String key;
  private final @Nullable String eventName;

  private EventConditions(EventStream stream, String key, @Nullable String eventName) {
    this.stream = Args.requireNonNull(stream, "event stream");
    this.key = Args.requireText(key, "event key");
    this.eventName = eventName;
  }

  /** Conditions on {@code key} of any event of {@code stream}. */
  public static EventConditions on(EventStream stream, String key) {
    return new EventConditions(stream, key, null);
  }

  /** The same conditions, limited to events named {@code eventName}. */
  public EventConditions named(String eventName) {
    return new EventConditions(stream, key, Args.requireText(eventName, "eventName"));
  }

  /** Matches a value greater than {@code value} (operator {@code greaterThan}). */
  public EventCondition greaterThan(String value) {
    return compare(Operator.GREATER_THAN, value);
  }

  /** Matches a value greater than or equal to {@code value} (operator {@code greaterThanOrEqual}). */
  public EventCondition greaterThanOrEqual(String value) {
    return compare(Operator.GREATER_THAN_OR_EQUAL, value);
  }

  /** Matches a value less than {@code value} (operator {@code lessThan}). */
  public EventCondition lessThan(String value) {
    return compare(Operator.LESS_THAN, value);
  }

  /** Matches a value less than or equal to {@code value} (operator {@code lessThanOrEqual}). */
  public EventCondition lessThanOrEqual(String value) {
    return compare(Operator.LESS_THAN_OR_EQUAL, value);
  }

  private EventCondition compare(Operator operator, String value) {
    return make(operator, List.of(Args.requireNonNull(value, operator + " value")));
  }

  @Override
  protected EventCondition make(Operator operator, List<String> values) {
    return EventCondition.builder().key(key).values(values).operator(operator)
        .streamType(stream.streamType()).sessionType(stream.sessionType()).eventName(eventName).build();
  }
}
