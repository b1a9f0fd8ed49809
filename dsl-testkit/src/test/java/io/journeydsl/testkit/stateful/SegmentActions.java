package io.journeydsl.testkit.stateful;

import static io.journeydsl.testkit.stateful.Actions.always;
import static io.journeydsl.testkit.stateful.Actions.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.error.ConflictException;
import io.journeydsl.error.NotFoundException;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.jqwik.JourneyArbitraries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;

/** Create, patch (current and stale version), delete and list segments, each checked against the model. */
final class SegmentActions {
  private SegmentActions() {}

  static List<Action<World>> all() {
    return List.of(create(), patch(), stalePatch(), delete(), list());
  }

  static Action<World> create() {
    return always(w -> JourneyArbitraries.segments().map(segment -> Transformer.mutate(
        "create segment '" + segment.displayName() + "'", world -> {
          JourneySegment created = world.client.segments().create(segment);
          assertThat(created.version()).isEqualTo(1);
          assertThat(created.displayName()).isEqualTo(segment.displayName());
          assertThat(world.segments).doesNotContainKey(created.id());
          world.segments.put(created.id(), new World.Expected(segment.displayName(), 1, false));
        })));
  }

  static Action<World> patch() {
    return when(w -> !w.segments.isEmpty(), w -> Combinators.combine(Arbitraries.of(w.segments.keySet()), Actions.names())
        .as((id, name) -> Transformer.mutate("patch segment " + id + " to '" + name + "'", world -> {
          World.Expected before = world.segments.get(id);
          JourneySegment patched = world.client.segments().patch(id, p -> p.displayName(name).version(before.version()));
          World.Expected after = before.patched(name);
          assertThat(patched.version()).isEqualTo(after.version());
          assertThat(patched.displayName()).isEqualTo(name);
          world.segments.put(id, after);
        })));
  }

  static Action<World> stalePatch() {
    return when(w -> !w.segments.isEmpty(), w -> Combinators.combine(Arbitraries.of(w.segments.keySet()),
        Arbitraries.of(-1, 1)).as((id, offset) -> Transformer.mutate("stale patch of segment " + id, world -> {
          World.Expected current = world.segments.get(id);
          int stale = current.version() + offset;
          assertThatThrownBy(() -> world.client.segments().patch(id, p -> p.displayName("stale").version(stale)))
              .isInstanceOf(ConflictException.class);
          assertThat(world.client.segments().get(id).version()).isEqualTo(current.version());
        })));
  }

  static Action<World> delete() {
    return when(w -> !w.segments.isEmpty(), w -> Arbitraries.of(w.segments.keySet())
        .map(id -> Transformer.mutate("delete segment " + id, world -> {
          world.client.segments().delete(id);
          world.segments.remove(id);
          assertThatThrownBy(() -> world.client.segments().get(id)).isInstanceOf(NotFoundException.class);
        })));
  }

  static Action<World> list() {
    return always(w -> Arbitraries.just(Transformer.mutate("list segments", world -> {
      var page = world.client.segments().list(q -> q.pageSize(100));
      assertThat(page.total()).isEqualTo((long) world.segments.size());
      assertThat(page.entitiesOrEmpty()).extracting(JourneySegment::id).containsExactlyInAnyOrderElementsOf(world.segments.keySet());
    })));
  }
}
