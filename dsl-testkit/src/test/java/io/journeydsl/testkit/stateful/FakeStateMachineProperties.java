package io.journeydsl.testkit.stateful;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.ActionTemplateState;
import io.journeydsl.segment.JourneySegment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;

/**
 * Random sequences of create, patch, delete and list of segments, action templates and action maps
 * run against the fake through {@code JourneyClient}; after every step the fake's stored objects
 * (ids, names, versions, soft-delete state) equal a simple model of the expected state.
 */
class FakeStateMachineProperties {

  @Provide
  ActionChainArbitrary<World> chains() {
    ActionChainArbitrary<World> chains = ActionChain.startWith(World::new);
    for (List<Action<World>> group : List.of(SegmentActions.all(), TemplateActions.all(), ActionMapActions.all())) {
      for (Action<World> action : group) {
        chains = chains.withAction(action);
      }
    }
    return chains.withMaxTransformations(40);
  }

  @Property(tries = 60)
  void theFakeBehavesLikeTheModel(@ForAll("chains") ActionChain<World> chain) {
    chain.withInvariant("stored state equals the model", FakeStateMachineProperties::matchesModel).run();
  }

  private static void matchesModel(World world) {
    assertThat(snapshot(world.fake.segments(), JourneySegment::id, s -> new World.Expected(s.displayName(), s.version(), false)))
        .isEqualTo(world.segments);
    assertThat(snapshot(world.fake.actionTemplates(), ActionTemplate::id,
        t -> new World.Expected(t.name(), t.version(), ActionTemplateState.DELETED.equals(t.state()))))
        .isEqualTo(world.templates);
    assertThat(snapshot(world.fake.actionMaps(), ActionMap::id, m -> new World.Expected(m.displayName(), m.version(), false)))
        .isEqualTo(world.maps);
  }

  private static <T> Map<String, World.Expected> snapshot(List<T> stored, Function<T, String> id,
      Function<T, World.Expected> expected) {
    Map<String, World.Expected> out = new LinkedHashMap<>();
    stored.forEach(t -> out.put(id.apply(t), expected.apply(t)));
    return out;
  }
}
