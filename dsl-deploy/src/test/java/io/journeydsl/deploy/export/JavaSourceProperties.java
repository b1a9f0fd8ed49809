package io.journeydsl.deploy.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever an org holds, the Java written for it builds the same bundle JSON: the DSL's form where
 * it gives back the same wire, the builder otherwise, any text escaped so javac reads it back.
 */
class JavaSourceProperties {

  @Property(tries = 30)
  void anyWireValueSurvivesJava(@ForAll("segments") List<JourneySegment> segments,
      @ForAll("outcomes") List<Outcome> outcomes, @ForAll("actionTemplates") List<ActionTemplate> templates,
      @ForAll("actionMaps") List<ActionMap> maps) {
    JourneyConfig config = JourneyConfig.builder().addAllSegments(segments).addAllOutcomes(outcomes)
        .addAllActionTemplates(templates).addAllActionMaps(maps).build();

    String source = JavaSource.of(config, "org.example.gen", "Config");

    assertThat(CompiledConfig.of("org.example.gen.Config", source).toJson()).isEqualTo(config.toJson());
  }

  @Provide
  Arbitrary<List<JourneySegment>> segments() {
    return WireValues.segments().list().ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<Outcome>> outcomes() {
    return WireValues.outcomes().list().ofMaxSize(2);
  }

  @Provide
  Arbitrary<List<ActionTemplate>> actionTemplates() {
    return WireValues.actionTemplates().list().ofMaxSize(2);
  }

  @Provide
  Arbitrary<List<ActionMap>> actionMaps() {
    return WireValues.actionMaps().list().ofMaxSize(3);
  }
}
