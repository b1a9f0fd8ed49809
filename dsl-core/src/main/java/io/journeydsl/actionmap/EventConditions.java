package io.journeydsl.actionmap;

import io.journeydsl.internal.Args;
import io.journeydsl.pattern.EventStream;
import io.journeydsl.criteria.Operator;
import io.journeydsl.criteria.Operators;
import jakarta.annotation.Nullable;
import java.util.List;

/**
 * Builds {@link EventCondition}s on one key of one event stream:
 * {@code event(web(), "page.url").startsWith("/checkout")}.
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

  @Override
  protected EventCondition make(Operator operator, List<String> values) {
    return EventCondition.builder().key(key).values(values).operator(operator)
        .streamType(stream.streamType()).sessionType(stream.sessionType()).eventName(eventName).build();
  }
}
