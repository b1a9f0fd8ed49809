package io.journeydsl.validation;

import static io.journeydsl.validation.Fixtures.MAP;
import static io.journeydsl.validation.Fixtures.QUERY;
import static io.journeydsl.validation.Fixtures.SEGMENT;
import static io.journeydsl.validation.Fixtures.TEMPLATE;
import static io.journeydsl.validation.Fixtures.q;
import static io.journeydsl.validation.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bundle's aggregate query may filter on its objects by name, and only on a dimension of their kind. */
class QueryReferenceTest {

  private static List<String> findings(String dimension, String value) {
    String query = with(QUERY, "{'filter':{'type':'or','clauses':[{'type':'and','predicates':[{'type':'dimension',"
        + "'dimension':'" + dimension + "','operator':'matches','value':'" + value + "'}]}]}}");
    JourneyConfig config = JourneyConfig.fromJson(q("{'segments':[" + SEGMENT + "],'actionTemplates':[" + TEMPLATE
        + "],'actionMaps':[" + MAP + "],'aggregateQueries':[" + query + "]}"));
    return JourneyValidator.create().validate(config).violations().stream()
        .map(v -> v.code() + " at " + v.path() + ": " + v.message()).toList();
  }

  @Test
  void aQueryMayNameAnObjectOfTheBundleOnADimensionOfItsKind() {
    assertThat(findings("journeyActionMapId", "${actionMap:M}")).isEmpty();
    assertThat(findings("journeySegmentId", "${segment:S}")).isEmpty();
    assertThat(findings("journeyActionMapId", "a-plain-org-id")).isEmpty();
  }

  @Test
  void aNameTheBundleLacksAWrongKindAndANonIdDimensionAreErrors() {
    String at = " at aggregateQueries[0].filter.clauses[0].predicates[0].value: ";
    assertThat(findings("journeyActionMapId", "${actionMap:Nobody}"))
        .containsExactly("ref.unresolved" + at + "'${actionMap:Nobody}' names no action map of the bundle");
    assertThat(findings("journeyActionMapId", "${segment:S}"))
        .containsExactly("ref.wrongKind" + at + "'${segment:S}' is a reference of kind segment where kind actionMap is expected");
    assertThat(findings("journeyDeviceType", "${actionMap:M}")).containsExactly("ref.dimension" + at
        + "'${actionMap:M}' stands on journeyDeviceType, whose values are not ids of Journey objects");
    assertThat(findings("journeyActionMapId", "${actionMap:}"))
        .extracting(f -> f.substring(0, f.indexOf(' '))).containsExactly("ref.malformed");
  }
}
