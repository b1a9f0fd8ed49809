package io.journeydsl.benchmarks;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.FakeJourneyApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Builds valid bundles of any size from a realistic base bundle (segments with context and journey
 * patterns, an outcome, styled content offer templates, action maps with several triggers and
 * references by name): copies of the base with names, and the references to them, suffixed
 * {@code " #i"}, topped up with segments to the exact size. The validator finds no ERROR in them.
 *
 * <p>As a program, {@code MixedBundles N FILE} writes a bundle of N objects to FILE, for timing
 * {@code journey validate} from a cold JVM.
 */
public final class MixedBundles {
  private static final JourneyConfig BASE = load();

  private MixedBundles() {}

  /**
   * A bundle of exactly {@code objects} segments, outcomes, action templates and action maps.
   *
   * @param objects how many objects; at least the size of the base bundle
   * @return the bundle
   */
  public static JourneyConfig of(int objects) {
    int baseSize = count(BASE);
    if (objects < baseSize) {
      throw new IllegalArgumentException("at least " + baseSize + " objects");
    }
    JourneyConfig.Builder b = JourneyConfig.builder();
    int copies = objects / baseSize;
    for (int i = 0; i < copies; i++) {
      String n = " #" + i;
      for (JourneySegment s : BASE.segments()) {
        b.addSegment(JourneySegment.builder().from(s).displayName(s.displayName() + n).build());
      }
      for (Outcome o : BASE.outcomes()) {
        b.addOutcome(Outcome.builder().from(o).displayName(o.displayName() + n).build());
      }
      for (ActionTemplate t : BASE.actionTemplates()) {
        b.addActionTemplate(ActionTemplate.builder().from(t).name(t.name() + n).build());
      }
      for (ActionMap m : BASE.actionMaps()) {
        ActionMap renamed = ActionMap.builder().from(m).displayName(m.displayName() + n).build();
        String json = JourneyJson.write(renamed).replaceAll("(\\$\\{\\w+:[^}]+)}", "$1" + n + "}");
        b.addActionMap(JourneyJson.read(json, ActionMap.class));
      }
    }
    JourneySegment filler = BASE.segments().get(0);
    for (int i = copies * baseSize; i < objects; i++) {
      b.addSegment(JourneySegment.builder().from(filler).displayName(filler.displayName() + " extra #" + i).build());
    }
    return b.build();
  }

  /** The base bundle the copies are made of (3 segments, 1 outcome, 2 templates, 3 action maps). */
  public static JourneyConfig base() {
    return BASE;
  }

  /** The number of segments, outcomes, action templates and action maps of a bundle. */
  public static int count(JourneyConfig c) {
    return c.segments().size() + c.outcomes().size() + c.actionTemplates().size() + c.actionMaps().size();
  }

  /**
   * Writes a bundle of {@code args[0]} objects to the file {@code args[1]}.
   *
   * @param args the object count and the file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: MixedBundles OBJECTS FILE");
      System.exit(2);
    }
    of(Integer.parseInt(args[0])).write(Path.of(args[1]));
  }

  private static JourneyConfig load() {
    try (InputStream in = Objects.requireNonNull(MixedBundles.class.getResourceAsStream("/benchmark-base-bundle.json"),
        "benchmark-base-bundle.json")) {
      return JourneyConfig.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Stores {@code count} copies of the base bundle's first segment in {@code fake}, named
   * {@code Stored 0}, {@code Stored 1}, ..., as the HTTP benchmarks' server-side data.
   *
   * @return the id of the first one
   */
  public static String storeSegments(FakeJourneyApi fake, int count) {
    JourneySegment body = base().segments().get(0);
    String first = null;
    for (int i = 0; i < count; i++) {
      String id = fake.client().segments().create(body.withDisplayName("Stored " + i)).id();
      first = first == null ? id : first;
    }
    return first;
  }
}
