package io.journeydsl.benchmarks.process;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.benchmarks.MixedBundles;
import io.journeydsl.segment.JourneySegment;
import java.util.List;

/**
 * The deploy row's configuration, shaped like dsl-deploy's {@code ScaleTest}: {@value #SEGMENTS}
 * segments, {@value #TEMPLATES} action templates and {@value #MAPS} action maps, each map referring by
 * name to one segment and one template. Made of the benchmark base bundle's first segment, template
 * and action map, so the bodies are realistic rather than minimal.
 */
final class ScaleBundle {
  static final int SEGMENTS = 800;
  static final int TEMPLATES = 200;
  static final int MAPS = 1000;
  static final int OBJECTS = SEGMENTS + TEMPLATES + MAPS;
  /** The API's largest page, which the deployer asks for. */
  static final int PAGE_SIZE = 100;

  private ScaleBundle() {}

  static JourneyConfig build() {
    JourneyConfig base = MixedBundles.base();
    JourneySegment segment = base.segments().get(0);
    ActionTemplate template = base.actionTemplates().get(0);
    // The first base map offers a template to a segment: the shape every scale map repeats.
    ActionMap map = base.actionMaps().get(0);
    JourneyConfig.Builder config = JourneyConfig.builder();
    for (int i = 0; i < SEGMENTS; i++) {
      config.addSegment(segment.withDisplayName("Segment " + i));
    }
    for (int i = 0; i < TEMPLATES; i++) {
      config.addActionTemplate(template.withName("Template " + i));
    }
    for (int i = 0; i < MAPS; i++) {
      config.addActionMap(map.withDisplayName("Map " + i)
          .withTriggerWithSegments(List.of("${segment:Segment " + (i % SEGMENTS) + "}"))
          .withAction(map.action().withActionTemplate(
              map.action().actionTemplate().withId("${actionTemplate:Template " + (i % TEMPLATES) + "}"))));
    }
    return config.build();
  }

  /**
   * List requests that read {@code count} objects of one collection: one page per
   * {@value #PAGE_SIZE} objects, and one page for an empty collection.
   */
  static int pages(int count) {
    return Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
  }
}
