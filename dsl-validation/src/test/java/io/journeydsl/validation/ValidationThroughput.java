package io.journeydsl.validation;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import java.nio.file.Path;

/**
 * A measuring harness, not a test (surefire does not run it): validates a bundle of mixed objects
 * built from the realistic test bundle, after warm-up, and prints objects per second on one thread.
 * With an argument {@code N FILE} it only writes a bundle of about N objects to FILE (for timing
 * {@code journey validate} from a cold JVM).
 */
public final class ValidationThroughput {
  private ValidationThroughput() {}

  static JourneyConfig bundleOf(int objects) throws Exception {
    JourneyConfig base = ValidBundleTest.validBundle();
    JourneyConfig.Builder b = JourneyConfig.builder();
    int copies = Math.max(1, objects / (base.segments().size() + base.outcomes().size() + base.actionTemplates().size()
        + base.actionMaps().size()));
    for (int i = 0; i < copies; i++) {
      String n = " #" + i;
      for (JourneySegment s : base.segments()) {
        b.addSegment(JourneySegment.builder().from(s).displayName(s.displayName() + n).build());
      }
      for (Outcome o : base.outcomes()) {
        b.addOutcome(Outcome.builder().from(o).displayName(o.displayName() + n).build());
      }
      for (ActionTemplate t : base.actionTemplates()) {
        b.addActionTemplate(ActionTemplate.builder().from(t).name(t.name() + n).build());
      }
      for (ActionMap m : base.actionMaps()) {
        ActionMap renamed = ActionMap.builder().from(m).displayName(m.displayName() + n).build();
        b.addActionMap(io.journeydsl.json.JourneyJson.mapper().readValue(
            io.journeydsl.json.JourneyJson.write(renamed).replaceAll("(\\$\\{\\w+:[^}]+)}", "$1" + n + "}"),
            ActionMap.class));
      }
    }
    return b.build();
  }

  private static int count(JourneyConfig c) {
    return c.segments().size() + c.outcomes().size() + c.actionTemplates().size() + c.actionMaps().size();
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 2) {
      bundleOf(Integer.parseInt(args[0])).write(Path.of(args[1]));
      return;
    }
    JourneyConfig config = bundleOf(10_000);
    int objects = count(config);
    JourneyValidator validator = JourneyValidator.create();
    ValidationReport first = validator.validate(config);
    System.out.println(objects + " objects, " + first.summary());
    for (int i = 0; i < 5; i++) {
      validator.validate(config);
    }
    int rounds = 10;
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      validator.validate(config);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%.0f objects/s (%d rounds of %d objects in %.2f s, one thread)%n",
        rounds * objects / seconds, rounds, objects, seconds);
  }
}
