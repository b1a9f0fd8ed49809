package io.journeydsl.testkit.stateful;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.testkit.FakeJourneyApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The fake under test with a client over it, and the simple model of what it should hold. */
final class World {
  /** What the model expects of one stored object. */
  record Expected(String name, int version, boolean deleted) {
    Expected patched(String newName) {
      return new Expected(newName, version + 1, deleted);
    }

    Expected softDeleted() {
      return new Expected(name, version + 1, true);
    }
  }

  final FakeJourneyApi fake = FakeJourneyApi.create();
  final JourneyClient client = fake.client();
  final Map<String, Expected> segments = new LinkedHashMap<>();
  final Map<String, Expected> templates = new LinkedHashMap<>();
  final Map<String, Expected> maps = new LinkedHashMap<>();

  static List<String> ids(Map<String, Expected> objects, Predicate<Expected> which) {
    return objects.entrySet().stream().filter(e -> which.test(e.getValue())).map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }

  List<String> liveTemplates() {
    return ids(templates, e -> !e.deleted());
  }

  List<String> deletedTemplates() {
    return ids(templates, Expected::deleted);
  }

  @Override
  public String toString() {
    return "World[" + segments.size() + " segments, " + templates.size() + " templates, " + maps.size() + " maps]";
  }
}
