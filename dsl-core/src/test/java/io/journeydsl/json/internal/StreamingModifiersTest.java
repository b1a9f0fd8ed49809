package io.journeydsl.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamingModifiersTest {

  /** The names that let a type through to its reader are exactly the types that have one. */
  @Test
  void readTypesNameEveryTypeWithAReader() {
    assertThat(StreamingModifiers.READ_TYPES)
        .containsExactlyInAnyOrderElementsOf(StreamingModifiers.Readers.READERS.keySet().stream()
            .map(Class::getSimpleName).toList());
  }
}
