package io.journeydsl.testkit.stateful;

import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;

/** Builds jqwik state actions from a precondition and a state-dependent transformer arbitrary. */
final class Actions {
  private Actions() {}

  static Action.Dependent<World> when(Predicate<World> precondition, Function<World, Arbitrary<Transformer<World>>> make) {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(World world) {
        return precondition.test(world);
      }

      @Override
      public Arbitrary<Transformer<World>> transformer(World world) {
        return make.apply(world);
      }
    };
  }

  static Action.Dependent<World> always(Function<World, Arbitrary<Transformer<World>>> make) {
    return when(w -> true, make);
  }

  static Arbitrary<String> names() {
    return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
  }
}
