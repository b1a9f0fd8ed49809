package io.journeydsl.testkit.stateful;

import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.url;
import static io.journeydsl.testkit.stateful.Actions.always;
import static io.journeydsl.testkit.stateful.Actions.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.Journey;
import io.journeydsl.Ref;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.error.BadRequestException;
import io.journeydsl.error.NotFoundException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;

/**
 * Create (with live references, and with a soft-deleted template that must be refused), patch,
 * delete and list action maps, each checked against the model.
 */
final class ActionMapActions {
  private ActionMapActions() {}

  static List<Action<World>> all() {
    return List.of(create(), createWithDeletedTemplate(), patch(), delete(), list());
  }

  private static ActionMap map(String name, String segmentId, String templateId, int weight) {
    return Journey.actionMap(name).triggerWithSegments(Ref.segmentId(segmentId))
        .pageUrlConditions(url().contains("/pricing")).weight(weight)
        .action(contentOffer(Ref.actionTemplateId(templateId))).build();
  }

  static Action<World> create() {
    return when(w -> !w.segments.isEmpty() && !w.liveTemplates().isEmpty(), w -> Combinators.combine(
        Actions.names(), Arbitraries.of(w.segments.keySet()), Arbitraries.of(w.liveTemplates()),
        Arbitraries.integers().between(1, 3)).as((name, segmentId, templateId, weight) -> Transformer.mutate(
            "create action map '" + name + "'", world -> {
              ActionMap created = world.client.actionMaps().create(map(name, segmentId, templateId, weight));
              assertThat(created.version()).isEqualTo(1);
              assertThat(created.triggerWithSegments()).containsExactly(segmentId);
              world.maps.put(created.id(), new World.Expected(name, 1, false));
            })));
  }

  static Action<World> createWithDeletedTemplate() {
    return when(w -> !w.segments.isEmpty() && !w.deletedTemplates().isEmpty(), w -> Combinators.combine(
        Arbitraries.of(w.segments.keySet()), Arbitraries.of(w.deletedTemplates())).as((segmentId, templateId) ->
            Transformer.mutate("create action map on deleted template " + templateId, world ->
                assertThatThrownBy(() -> world.client.actionMaps().create(map("Refused", segmentId, templateId, 1)))
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("action.actionTemplate.id"))));
  }

  static Action<World> patch() {
    return when(w -> !w.maps.isEmpty() && !w.segments.isEmpty(), w -> Combinators.combine(
        Arbitraries.of(w.maps.keySet()), Arbitraries.of(w.segments.keySet()), Actions.names(),
        Arbitraries.integers().between(1, 3)).as((id, segmentId, name, weight) -> Transformer.mutate(
            "patch action map " + id + " to '" + name + "'", world -> {
              World.Expected before = world.maps.get(id);
              ActionMap patched = world.client.actionMaps().patch(id, p -> p.version(before.version()).displayName(name)
                  .addTriggerWithSegment(segmentId).pageUrlConditions(List.of(url().contains("/cart"))).weight(weight));
              World.Expected after = before.patched(name);
              assertThat(patched.version()).isEqualTo(after.version());
              assertThat(patched.weight()).isEqualTo(weight);
              assertThat(patched.triggerWithSegments()).containsExactly(segmentId);
              world.maps.put(id, after);
            })));
  }

  static Action<World> delete() {
    return when(w -> !w.maps.isEmpty(), w -> Arbitraries.of(w.maps.keySet())
        .map(id -> Transformer.mutate("delete action map " + id, world -> {
          world.client.actionMaps().delete(id);
          world.maps.remove(id);
          assertThatThrownBy(() -> world.client.actionMaps().get(id)).isInstanceOf(NotFoundException.class);
        })));
  }

  static Action<World> list() {
    return always(w -> Arbitraries.just(Transformer.mutate("list action maps", world -> {
      var page = world.client.actionMaps().list(q -> q.pageSize(100));
      assertThat(page.total()).isEqualTo((long) world.maps.size());
      assertThat(page.entitiesOrEmpty()).extracting(ActionMap::displayName)
          .containsExactlyInAnyOrderElementsOf(world.maps.values().stream().map(World.Expected::name).toList());
    })));
  }
}
