package io.journeydsl;

import static io.journeydsl.Journey.actionMap;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.segment.JourneySegment;
import org.junit.jupiter.api.Test;

/**
 * Every setter replaces, the hand-written typed ones like the generated ones, so copying an object
 * with {@code builder().from(x)} and setting a field never keeps the old values; {@code add...}
 * methods append.
 */
class SettersReplaceTest {
  private final JourneySegment a = segment("A").build();
  private final JourneySegment b = segment("B").build();

  @Test
  void typedSegmentSettersReplaceWhatACopyHeld() {
    ActionMap original = actionMap("Offer").triggerWithSegments(a, b).build();

    ActionMap byObject = ActionMap.builder().from(original).triggerWithSegments(b).build();
    ActionMap byRef = ActionMap.builder().from(original).triggerWithSegments(Ref.segment("C"), Ref.segmentId("s-9")).build();

    assertThat(byObject.triggerWithSegments()).containsExactly("${segment:B}");
    assertThat(byRef.triggerWithSegments()).containsExactly("${segment:C}", "s-9");
  }

  @Test
  void addMethodsAppendInOrder() {
    ActionMap map = actionMap("Offer").triggerWithSegments(a)
        .addTriggerWithSegments(b).addTriggerWithSegments(Ref.segmentId("s-9")).build();

    assertThat(map.triggerWithSegments()).containsExactly("${segment:A}", "${segment:B}", "s-9");
  }

  @Test
  void urlConditionsReplaceToo() {
    ActionMap original = actionMap("Offer").pageUrlConditions(url().contains("/a"), url().contains("/b")).build();

    ActionMap changed = ActionMap.builder().from(original).pageUrlConditions(url().contains("/c")).build();

    assertThat(changed.pageUrlConditions()).hasSize(1);
    assertThat(changed.pageUrlConditions().get(0).values()).containsExactly("/c");
  }
}
