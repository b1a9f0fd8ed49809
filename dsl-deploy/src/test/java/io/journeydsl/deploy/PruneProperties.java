package io.journeydsl.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.catalog.ApiCollection;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NotBlank;
import org.junit.jupiter.api.Test;

/** What a prune selection selects: a whole collection, or whole names matching a pattern; never more. */
class PruneProperties {

  @Property
  void nothingIsSelectedUnlessAsked(@ForAll ApiCollection collection, @ForAll String name) {
    assertThat(Prune.none().selects(collection, name)).isFalse();
    assertThat(Prune.none().mayTouch(collection)).isFalse();
  }

  @Property
  void aBundleKeySelectsEveryNameOfThatCollectionOnly(@ForAll ApiCollection chosen, @ForAll ApiCollection other,
      @ForAll String name) {
    if (!chosen.creatable()) {
      return;
    }
    Prune prune = Prune.parse(chosen.bundleKey());
    assertThat(prune.selects(other, name)).isEqualTo(other == chosen);
  }

  @Property
  void aPatternSelectsWholeNamesOnly(@ForAll @AlphaChars @NotBlank String prefix, @ForAll @AlphaChars String rest,
      @ForAll ApiCollection collection) {
    Prune prune = Prune.parse(Pattern.quote(prefix) + ".*");
    assertThat(prune.selects(collection, prefix + rest)).isEqualTo(collection.creatable());
    assertThat(prune.selects(collection, "x" + prefix + rest)).isEqualTo(collection.creatable() && ("x" + prefix + rest).startsWith(prefix));
  }

  @Test
  void actionTargetsCannotBePrunedAndBadPatternsAreNamed() {
    assertThatThrownBy(() -> Prune.all(ApiCollection.ACTION_TARGETS)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Prune.matching(".*").selects(ApiCollection.ACTION_TARGETS, "any")).isFalse();
    assertThatThrownBy(() -> Prune.parse("([")).hasMessageContaining("not a regular expression: ([");
  }
}
