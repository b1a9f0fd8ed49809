package io.journeydsl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.RecordedCall;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 2,000 objects: planning reads list pages only, and applying sends one POST and one read-back per
 * object; nothing grows faster than the number of objects.
 */
class ScaleTest {
  static final int SEGMENTS = 800;
  static final int TEMPLATES = 200;
  static final int MAPS = 1000;

  static JourneyConfig large() {
    JourneyConfig.Builder config = JourneyConfig.builder();
    for (int i = 0; i < SEGMENTS; i++) {
      config.addSegment(Shop.pricing().withDisplayName("Segment " + i));
    }
    for (int i = 0; i < TEMPLATES; i++) {
      config.addActionTemplate(Shop.sale().withName("Template " + i));
    }
    for (int i = 0; i < MAPS; i++) {
      config.addActionMap(Shop.offer(1 + i % 3).withDisplayName("Map " + i)
          .withTriggerWithSegments(List.of("${segment:Segment " + (i % SEGMENTS) + "}"))
          .withAction(Shop.offer(1).action().withActionTemplate(
              Shop.offer(1).action().actionTemplate().withId("${actionTemplate:Template " + (i % TEMPLATES) + "}"))));
    }
    return config.build();
  }

  @Test
  void twoThousandObjectsTakeOneCreateEachPlusListPages() {
    FakeJourneyApi fake = FakeJourneyApi.create();
    Deployer deployer = Deployer.to(fake.client());
    JourneyConfig config = large();

    Plan plan = deployer.plan(config);
    assertThat(fake.journal().calls()).extracting(RecordedCall::operation).containsExactlyInAnyOrder(
        Operation.GET_JOURNEY_SEGMENTS, Operation.GET_JOURNEY_ACTIONTEMPLATES, Operation.GET_JOURNEY_ACTIONMAPS,
        Operation.GET_JOURNEY_OUTCOMES);
    fake.journal().clear();

    assertThat(deployer.apply(plan).succeeded()).isTrue();
    Map<Operation, Long> applied = counts(fake.journal().calls());
    assertThat(applied).containsOnlyKeys(Operation.POST_JOURNEY_SEGMENTS, Operation.POST_JOURNEY_ACTIONTEMPLATES,
        Operation.POST_JOURNEY_ACTIONMAPS);
    assertThat(applied.values().stream().mapToLong(Long::longValue).sum()).isEqualTo((long) SEGMENTS + TEMPLATES + MAPS);
    fake.journal().clear();

    assertThat(deployer.plan(config).hasChanges()).isFalse();
    int pages = SEGMENTS / 100 + TEMPLATES / 100 + MAPS / 100 + 1;
    assertThat(fake.journal().calls()).hasSize(pages);
  }

  private static Map<Operation, Long> counts(List<RecordedCall> calls) {
    return calls.stream().collect(Collectors.groupingBy(RecordedCall::operation, Collectors.counting()));
  }
}
