package io.journeydsl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.criteria.ContextKeys;
import io.journeydsl.criteria.JourneyKeys;
import io.journeydsl.criteria.Operator;
import io.journeydsl.model.MediaType;
import io.journeydsl.pattern.StreamType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The rules of the fidelity issue, each over its whole input space: unknown values are errors with a
 * suggestion, stream and session types pair, operators suit their keys, event-condition keys suit the
 * event, percentiles stay in range, {@code isPacingEnabled} is only deprecated, and no media type
 * carries another media type's fields object.
 */
class FidelityProperties {
  private static final JourneyValidator VALIDATOR = JourneyValidator.create();
  private static final Set<Operator> ORDERED = Set.of(Operator.GREATER_THAN, Operator.GREATER_THAN_OR_EQUAL,
      Operator.LESS_THAN, Operator.LESS_THAN_OR_EQUAL);

  private static List<Violation> at(ValidationReport report, String code, String path) {
    return report.violations().stream().filter(v -> v.code().equals(code) && v.path().equals(path)).toList();
  }

  // 1. Unknown values: an ERROR, with "did you mean" for a case or spelling variant.

  /** Where a known value goes, as JSON with {@code %s} for it, the path, and the known values there. */
  record Place(String json, String path, List<String> known) {
    ValidationReport validate(String value) {
      return VALIDATOR.validate(io.journeydsl.JourneyConfig.fromJson(Fixtures.q(json.formatted(value))));
    }
  }

  private static final String Q = "{'aggregateQueries':[{'interval':'2024-01-01T00:00:00Z/2024-01-08T00:00:00Z',"
      + "'metrics':['%s']}]}";

  @Provide
  Arbitrary<Place> places() {
    return Arbitraries.of(
        new Place("{'segments':[" + Fixtures.SEGMENT + "],'actionTemplates':[" + Fixtures.with(Fixtures.TEMPLATE,
            "{'state':'%s'}") + "],'actionMaps':[" + Fixtures.MAP + "]}", "actionTemplates[T].state",
            List.of("Active", "Inactive", "Deleted")),
        new Place("{'segments':[" + Fixtures.SEGMENT + "],'actionTemplates':[" + Fixtures.TEMPLATE + "],'actionMaps':["
            + Fixtures.with(Fixtures.MAP, "{'pageUrlConditions':[{'values':['/p'],'operator':'%s'}]}") + "]}",
            "actionMaps[M].pageUrlConditions[0].operator", Operator.knownValues().stream().map(Operator::value).toList()),
        new Place("{'segments':[" + Fixtures.with(Fixtures.SEGMENT, "{'journey':{'patterns':[{'criteria':[{'key':"
            + "'page.url','values':['/p'],'shouldIgnoreCase':false}],'count':1,'streamType':'%s','sessionType':'web'}]}}")
            + "]}", "segments[S].journey.patterns[0].streamType",
            StreamType.knownValues().stream().map(StreamType::value).toList()),
        new Place("{'segments':[" + Fixtures.SEGMENT + "],'actionTemplates':[" + Fixtures.TEMPLATE + "],'actionMaps':["
            + Fixtures.with(Fixtures.MAP, "{'action':{'mediaType':'%s'}}") + "]}", "actionMaps[M].action.mediaType",
            MediaType.knownValues().stream().map(MediaType::value).toList()),
        new Place(Q, "aggregateQueries[0].metrics[0]", List.of("nJourneySessions", "nWebActionsOffered")));
  }

  @Provide
  Arbitrary<String> variants() {
    return Arbitraries.of("upper", "lower", "capitalised", "underscored", "dashed", "dropOne", "swapTwo");
  }

  private static String variant(String known, String how) {
    return switch (how) {
      case "upper" -> known.toUpperCase(Locale.ROOT);
      case "lower" -> known.toLowerCase(Locale.ROOT);
      case "capitalised" -> Character.toUpperCase(known.charAt(0)) + known.substring(1);
      case "underscored" -> known.replaceAll("([a-z])([A-Z])", "$1_$2");
      case "dashed" -> known.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
      case "dropOne" -> known.substring(0, known.length() - 1);
      default -> known.length() < 4 ? known : known.substring(0, 1) + known.charAt(2) + known.charAt(1) + known.substring(3);
    };
  }

  @Property(tries = 300)
  void aVariantOfAKnownValueIsAnErrorSuggestingIt(@ForAll("places") Place place, @ForAll("variants") String how,
      @ForAll @IntRange(min = 0, max = 20) int pick) {
    String known = place.known().get(pick % place.known().size());
    String variant = variant(known, how);
    Assume.that(!place.known().contains(variant) && variant.length() > 3);
    List<Violation> found = at(place.validate(variant), RuleCodes.FIELD_ENUM_UNKNOWN, place.path());
    assertThat(found).as("%s at %s", variant, place.path()).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).contains("did you mean '");
      // the suggestion is a known value, the very one varied whenever only case or separators changed
      String suggested = v.message().replaceAll(".*did you mean '([^']+)'.*", "$1");
      assertThat(place.known()).contains(suggested);
      if (!how.equals("dropOne") && !how.equals("swapTwo")) {
        assertThat(suggested).isEqualTo(known);
      }
    });
  }

  @Property(tries = 100)
  void aValueFarFromEveryKnownOneIsAnErrorWithoutSuggestion(@ForAll("places") Place place,
      @ForAll @net.jqwik.api.constraints.StringLength(min = 6, max = 12)
      @net.jqwik.api.constraints.Chars({'q', 'x', 'z', 'j'}) String value) {
    List<Violation> found = at(place.validate(value), RuleCodes.FIELD_ENUM_UNKNOWN, place.path());
    assertThat(found).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.message()).doesNotContain("did you mean");
    });
  }

  @Property(tries = 50)
  void everyKnownValueIsAccepted(@ForAll("places") Place place, @ForAll @IntRange(min = 0, max = 20) int pick) {
    String known = place.known().get(pick % place.known().size());
    assertThat(at(place.validate(known), RuleCodes.FIELD_ENUM_UNKNOWN, place.path())).isEmpty();
  }

  // 3. Stream and session types pair, on journey patterns and event conditions alike.

  private static boolean pairs(String stream, String session) {
    return switch (stream) {
      case "Web" -> session.equals("web");
      case "App" -> session.equals("app");
      default -> !session.equals("web") && !session.equals("app");
    };
  }

  @Property
  void streamAndSessionTypesPair(@ForAll("streams") String stream, @ForAll("sessions") String session,
      @ForAll boolean eventCondition) {
    ValidationReport report;
    String path;
    if (eventCondition) {
      report = VALIDATOR.validate(Fixtures.map("{'triggerWithEventConditions':[{'key':'page.title','values':['x'],"
          + "'streamType':'" + stream + "','sessionType':'" + session + "'}]}"));
      path = "actionMaps[M].triggerWithEventConditions[0].sessionType";
    } else {
      report = VALIDATOR.validate(Fixtures.segment("{'journey':{'patterns':[{'criteria':[{'key':'page.url','values':"
          + "['/p'],'shouldIgnoreCase':false}],'count':1,'streamType':'" + stream + "','sessionType':'" + session + "'}]}}"));
      path = "segments[S].journey.patterns[0].sessionType";
    }
    List<Violation> mismatch = at(report, RuleCodes.STREAM_SESSION_TYPE_MISMATCH, path);
    assertThat(mismatch.isEmpty()).as("%s/%s: %s", stream, session, report).isEqualTo(pairs(stream, session));
    assertThat(mismatch).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
  }

  @Provide
  Arbitrary<String> streams() {
    return Arbitraries.of("Web", "App", "Custom", "Conversation");
  }

  @Provide
  Arbitrary<String> sessions() {
    return Arbitraries.of("web", "app", "checkout", "kiosk");
  }

  // 4. Operators suit their keys; event-condition keys suit the event; percentiles stay in range.

  @Property
  void anOperatorSuitsItsContextKey(@ForAll("contextKeys") String key, @ForAll("operators") Operator operator) {
    ValidationReport report = VALIDATOR.validate(Fixtures.segment("{'context':{'patterns':[{'criteria':[{'key':'" + key
        + "','values':['x'],'shouldIgnoreCase':false,'entityType':'visit','operator':'" + operator.value() + "'}]}]}}"));
    boolean suits = key.equals("authenticated") ? operator.equals(Operator.EQUAL) || operator.equals(Operator.NOT_EQUAL)
        : !ORDERED.contains(operator) || key.equals("browser.version");
    assertThat(at(report, RuleCodes.CRITERIA_OPERATOR_KEY, "segments[S].context.patterns[0].criteria[0].operator")
        .isEmpty()).as("%s %s", key, operator).isEqualTo(suits);
  }

  @Property
  void onlyCustomAttributesOfTheJourneyKeysCompareByOrder(@ForAll("journeyKeys") String key, @ForAll("operators") Operator operator) {
    ValidationReport report = VALIDATOR.validate(Fixtures.segment("{'journey':{'patterns':[{'criteria':[{'key':'" + key
        + "','values':['x'],'shouldIgnoreCase':false,'operator':'" + operator.value() + "'}],'count':1,"
        + "'streamType':'Web','sessionType':'web'}]}}"));
    assertThat(at(report, RuleCodes.CRITERIA_OPERATOR_KEY, "segments[S].journey.patterns[0].criteria[0].operator")
        .isEmpty()).as("%s %s", key, operator).isEqualTo(!ORDERED.contains(operator) || key.startsWith("attributes."));
  }

  @Property
  void anEventConditionKeySuitsItsEvent(@ForAll("eventKeys") String key, @ForAll boolean named,
      @ForAll("operators") Operator operator) {
    ValidationReport report = VALIDATOR.validate(Fixtures.map("{'triggerWithEventConditions':[{'key':'" + key
        + "','values':['x'],'operator':'" + operator.value() + "','streamType':'Web','sessionType':'web'"
        + (named ? ",'eventName':'product_added'" : "") + "}]}"));
    boolean journeyKey = JourneyKeys.isJourneyKey(key);
    boolean suits = journeyKey && (named ? !key.equals("eventName") : JourneyKeys.names().contains(key));
    assertThat(at(report, RuleCodes.EVENT_CONDITION_KEY, "actionMaps[M].triggerWithEventConditions[0].key").isEmpty())
        .as("%s named=%s: %s", key, named, report).isEqualTo(suits);
    assertThat(at(report, RuleCodes.CRITERIA_OPERATOR_KEY, "actionMaps[M].triggerWithEventConditions[0].operator")
        .isEmpty()).isEqualTo(!journeyKey || !ORDERED.contains(operator) || key.startsWith("attributes."));
  }

  @Provide
  Arbitrary<String> contextKeys() {
    return Arbitraries.of(ContextKeys.names());
  }

  @Provide
  Arbitrary<String> journeyKeys() {
    return Arbitraries.of(Stream.concat(JourneyKeys.names().stream(), Stream.of("attributes.total.value")).toList());
  }

  @Provide
  Arbitrary<String> eventKeys() {
    return Arbitraries.of(Stream.concat(JourneyKeys.names().stream(),
        Stream.of("attributes.total.value", "page.titleChanged", "total")).toList());
  }

  @Provide
  Arbitrary<Operator> operators() {
    return Arbitraries.of(Operator.knownValues());
  }

  @Property
  void percentilesAreValidExactlyFromZeroToAHundred(@ForAll @FloatRange(min = -50, max = 150) float maximum,
      @ForAll @FloatRange(min = -50, max = 150) float fallback) {
    ValidationReport report = VALIDATOR.validate(Fixtures.map("{'triggerWithOutcomePercentileConditions':[{'outcomeId':"
        + "'o1','maximumPercentile':" + maximum + ",'fallbackPercentile':" + fallback + "}]}"));
    String at = "actionMaps[M].triggerWithOutcomePercentileConditions[0].";
    assertThat(at(report, RuleCodes.PERCENTILE_RANGE, at + "maximumPercentile").isEmpty())
        .isEqualTo(maximum >= 0 && maximum <= 100);
    assertThat(at(report, RuleCodes.PERCENTILE_RANGE, at + "fallbackPercentile").isEmpty())
        .isEqualTo(fallback >= 0 && fallback <= 100);
  }

  // 2. isPacingEnabled is deprecated on every media type; only another media type's fields object is an error.

  private static final List<String[]> FIELDS_OBJECTS = List.of(
      new String[] {"actionTemplate", "{'id':'t1'}", "contentOffer"},
      new String[] {"architectFlowFields", "{'architectFlow':{'id':'f1'}}", "architectFlow"},
      new String[] {"webMessagingOfferFields", "{'offerText':'Hi'}", "webMessagingOffer"},
      new String[] {"openActionFields", "{'openAction':{'id':'a1','name':'A'}}", "openAction"},
      new String[] {"props", "{'webchatPrompt':'Hi'}", "webchat"});

  @Property
  void onlyAnotherMediaTypesFieldsObjectIsAMismatch(@ForAll("mediaTypes") String mediaType,
      @ForAll @IntRange(min = 0, max = 4) int object, @ForAll boolean pacing, @ForAll boolean target) {
    String[] fields = FIELDS_OBJECTS.get(object);
    ValidationReport report = VALIDATOR.validate(Fixtures.map("{'action':{'mediaType':'" + mediaType + "','"
        + fields[0] + "':" + fields[1] + (pacing ? ",'isPacingEnabled':true" : "")
        + (target ? ",'actionTargetId':'target-1'" : "") + "}}"));
    assertThat(at(report, RuleCodes.ACTION_FIELDS_MISMATCH, "actionMaps[M].action." + fields[0]).isEmpty())
        .as("%s with %s", mediaType, fields[0]).isEqualTo(fields[2].equals(mediaType));
    assertThat(at(report, RuleCodes.ACTION_FIELDS_MISMATCH, "actionMaps[M].action.isPacingEnabled")).isEmpty();
    assertThat(at(report, RuleCodes.ACTION_FIELDS_MISMATCH, "actionMaps[M].action.actionTargetId")).isEmpty();
    assertThat(at(report, RuleCodes.ACTION_PACING_DEPRECATED, "actionMaps[M].action.isPacingEnabled"))
        .hasSize(pacing ? 1 : 0).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
  }

  @Provide
  Arbitrary<String> mediaTypes() {
    return Arbitraries.of(MediaType.knownValues().stream().map(MediaType::value).toList());
  }

  // 5. A segment listed twice by one action map is a warning, once per repetition.

  @Property
  void aRepeatedSegmentIsWarnedOncePerRepetition(@ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 3) Integer> ids) {
    String list = ids.stream().map(i -> "'seg-" + i + "'").reduce((a, b) -> a + "," + b).orElseThrow();
    ValidationReport report = VALIDATOR.validate(Fixtures.map("{'triggerWithSegments':[" + list + "]}"));
    long repeats = ids.size() - ids.stream().distinct().count();
    assertThat(report.violations().stream().filter(v -> v.code().equals(RuleCodes.ACTION_MAP_SEGMENT_DUPLICATE)))
        .hasSize((int) repeats).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
  }
}
