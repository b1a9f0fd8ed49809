package io.journeydsl.validation.xcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.JourneyConfig;
import io.journeydsl.Ref;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.FakeJourneyApi;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepares a fake for a {@link Subject}: seeds what an action map refers to (so its references are
 * ids the fake holds), creates the object a PATCH addresses, and gives the valid body as wire JSON.
 * A PATCH body is the stored object without its server-assigned fields, {@code version} kept.
 */
final class Scenarios {
  private static final ObjectMapper JSON = JourneyJson.mapper();
  private static final List<String> SERVER_ONLY = List.of("id", "selfUri", "createdDate", "modifiedDate");

  private Scenarios() {}

  static Scenario prepare(FakeJourneyApi fake, Subject subject) {
    JourneyConfig bundle = subject.bundle();
    Object object = switch (subject.target()) {
      case CREATE_SEGMENT, PATCH_SEGMENT -> bundle.segments().get(0);
      case CREATE_OUTCOME, PATCH_OUTCOME -> bundle.outcomes().get(0);
      case CREATE_ACTION_TEMPLATE, PATCH_ACTION_TEMPLATE -> bundle.actionTemplates().get(0);
      case CREATE_ACTION_MAP, PATCH_ACTION_MAP -> referencesSeeded(fake, bundle).actionMaps().get(0);
    };
    if (!subject.target().isPatch()) {
      return new Scenario(subject.target(), null, JSON.valueToTree(object));
    }
    ObjectNode stored = JSON.valueToTree(fake.execute(create(subject.target(), object)));
    String id = stored.get("id").asText();
    SERVER_ONLY.forEach(stored::remove);
    return new Scenario(subject.target(), id, stored);
  }

  /** Seeds the bundle's segments, outcomes and templates; the bundle with references resolved to their ids. */
  private static JourneyConfig referencesSeeded(FakeJourneyApi fake, JourneyConfig bundle) {
    JourneyConfig stored = fake.seed(JourneyConfig.builder().addAllSegments(bundle.segments())
        .addAllOutcomes(bundle.outcomes()).addAllActionTemplates(bundle.actionTemplates()).build());
    Map<Ref.Kind, Map<String, String>> ids = new EnumMap<>(Ref.Kind.class);
    for (JourneySegment s : stored.segments()) {
      ids.computeIfAbsent(Ref.Kind.SEGMENT, k -> new HashMap<>()).put(s.displayName(), s.id());
    }
    for (Outcome o : stored.outcomes()) {
      ids.computeIfAbsent(Ref.Kind.OUTCOME, k -> new HashMap<>()).put(o.displayName(), o.id());
    }
    for (ActionTemplate t : stored.actionTemplates()) {
      ids.computeIfAbsent(Ref.Kind.ACTION_TEMPLATE, k -> new HashMap<>()).put(t.name(), t.id());
    }
    return bundle.resolve(ref -> ref.name().map(name -> ids.getOrDefault(ref.kind(), Map.of()).get(name)).orElse(null));
  }

  private static JourneyOperation<?> create(Target target, Object object) {
    Operation op = switch (target) {
      case PATCH_SEGMENT -> Operation.POST_JOURNEY_SEGMENTS;
      case PATCH_OUTCOME -> Operation.POST_JOURNEY_OUTCOMES;
      case PATCH_ACTION_TEMPLATE -> Operation.POST_JOURNEY_ACTIONTEMPLATES;
      default -> Operation.POST_JOURNEY_ACTIONMAPS;
    };
    return JourneyOperation.builder(op, op.responseType()).body(object).build();
  }

  /** Reads wire JSON into the target's request type. */
  static Object read(JsonNode body, Target target) throws com.fasterxml.jackson.core.JsonProcessingException {
    return JSON.treeToValue(body, target.requestType());
  }
}
