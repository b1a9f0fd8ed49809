package io.journeydsl.testkit.stateful;

import static io.journeydsl.testkit.stateful.Actions.always;
import static io.journeydsl.testkit.stateful.Actions.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.ActionTemplateState;
import io.journeydsl.error.NotFoundException;
import io.journeydsl.testkit.jqwik.JourneyArbitraries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;

/** Create, patch, soft delete, hard delete and list action templates, each checked against the model. */
final class TemplateActions {
  private TemplateActions() {}

  static List<Action<World>> all() {
    return List.of(create(), patch(), softDelete(), hardDelete(), list());
  }

  static Action<World> create() {
    return always(w -> JourneyArbitraries.actionTemplates().map(template -> Transformer.mutate(
        "create template '" + template.name() + "'", world -> {
          ActionTemplate created = world.client.actionTemplates().create(template);
          assertThat(created.version()).isEqualTo(1);
          assertThat(created.state()).isEqualTo(ActionTemplateState.ACTIVE);
          world.templates.put(created.id(), new World.Expected(template.name(), 1, false));
        })));
  }

  static Action<World> patch() {
    return when(w -> !w.templates.isEmpty(), w -> Combinators.combine(Arbitraries.of(w.templates.keySet()), Actions.names())
        .as((id, name) -> Transformer.mutate("patch template " + id + " to '" + name + "'", world -> {
          World.Expected before = world.templates.get(id);
          ActionTemplate patched = world.client.actionTemplates().patch(id, p -> p.name(name).version(before.version()));
          World.Expected after = before.patched(name);
          assertThat(patched.version()).isEqualTo(after.version());
          assertThat(patched.name()).isEqualTo(name);
          assertThat(patched.state()).isEqualTo(before.deleted() ? ActionTemplateState.DELETED : ActionTemplateState.ACTIVE);
          world.templates.put(id, after);
        })));
  }

  static Action<World> softDelete() {
    return when(w -> !w.liveTemplates().isEmpty(), w -> Arbitraries.of(w.liveTemplates())
        .map(id -> Transformer.mutate("soft-delete template " + id, world -> {
          world.client.actionTemplates().delete(id);
          World.Expected after = world.templates.get(id).softDeleted();
          world.templates.put(id, after);
          ActionTemplate stored = world.client.actionTemplates().get(id);
          assertThat(stored.state()).isEqualTo(ActionTemplateState.DELETED);
          assertThat(stored.version()).isEqualTo(after.version());
        })));
  }

  static Action<World> hardDelete() {
    return when(w -> !w.templates.isEmpty(), w -> Arbitraries.of(w.templates.keySet())
        .map(id -> Transformer.mutate("hard-delete template " + id, world -> {
          world.client.actionTemplates().delete(id, true);
          world.templates.remove(id);
          assertThatThrownBy(() -> world.client.actionTemplates().get(id)).isInstanceOf(NotFoundException.class);
        })));
  }

  static Action<World> list() {
    return always(w -> Arbitraries.just(Transformer.mutate("list templates", world -> {
      var live = world.client.actionTemplates().list(q -> q.pageSize(100));
      assertThat(live.total()).isEqualTo((long) world.liveTemplates().size());
      assertThat(live.entitiesOrEmpty()).extracting(ActionTemplate::id).containsExactlyInAnyOrderElementsOf(world.liveTemplates());
      var deleted = world.client.actionTemplates().list(q -> q.pageSize(100).state(ActionTemplateState.DELETED));
      assertThat(deleted.total()).isEqualTo((long) world.deletedTemplates().size());
    })));
  }
}
