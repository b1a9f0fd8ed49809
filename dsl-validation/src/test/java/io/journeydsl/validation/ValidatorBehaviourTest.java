package io.journeydsl.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.JourneyConfig;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.Operation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorBehaviourTest {

  @Test
  void pathsCarryBundleIdentity() {
    JourneyConfig config = Fixtures.bundle(Fixtures.SEGMENT, Fixtures.TEMPLATE,
        Fixtures.with(Fixtures.MAP, "{'displayName':'Offer the sale','pageUrlConditions':[{'values':['/p'],'operator':'contain'}]}"));
    assertThat(JourneyValidator.create().validate(config).violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("actionMaps[Offer the sale].pageUrlConditions[0].operator",
            "field.enum.unknown"));
  }

  @Test
  void collectsEverythingByDefaultAndOnlyTheFirstErrorWhenFailFast() {
    JourneyConfig config = Fixtures.bundle(Fixtures.with(Fixtures.SEGMENT, "{'color':'red'}"), Fixtures.TEMPLATE,
        Fixtures.with(Fixtures.MAP, "{'weight':9,'triggerWithSegments':['${segment:Nobody}']}"));
    ValidationReport all = JourneyValidator.create().validate(config);
    assertThat(all.codes()).contains("segment.color.hex", "actionMap.weight.range", "ref.unresolved");
    ValidationReport first = JourneyValidator.builder().failFast(true).build().validate(config);
    assertThat(first.violations()).singleElement()
        .satisfies(v -> assertThat(v.code()).isEqualTo("segment.color.hex"));
  }

  @Test
  void secretsAreMaskedInMessagesAndRejectedValues() {
    JourneyConfig config = Fixtures.map("{'action':{'mediaType':'architectFlow','architectFlowFields':{'architectFlow':"
        + "{'id':'f1'},'flowRequestMappings':[{'name':'apiToken','attributeType':'Integer','mappingType':'HardCoded',"
        + "'value':'sk-live-123'}]}}}");
    Violation v = JourneyValidator.create().validate(config).violations().stream()
        .filter(x -> x.code().equals("requestMapping.value.type")).findFirst().orElseThrow();
    assertThat(v.rejectedValue()).isEqualTo("****");
    assertThat(v.message()).doesNotContain("sk-live-123");
  }

  @Test
  void theSameInputAlwaysGivesTheSameReport() throws Exception {
    JourneyConfig config = ValidBundleTest.validBundle();
    assertThat(JourneyValidator.create().validate(config)).isEqualTo(JourneyValidator.create().validate(config));
  }

  /** A transport that records what reaches it. */
  private static final class Recording implements JourneyTransport {
    final List<JourneyOperation<?>> sent = new ArrayList<>();

    @Override
    public <R> R execute(JourneyOperation<R> operation) {
      sent.add(operation);
      return null;
    }
  }

  @Test
  void validateBeforeSendStopsAnInvalidBodyAndSendsNothing() {
    Recording transport = new Recording();
    JourneyTransport checked = JourneyValidator.create().beforeSend().wrap(transport);
    JourneyOperation<JourneySegment> bad = JourneyOperation.builder(Operation.POST_JOURNEY_SEGMENTS, JourneySegment.class)
        .body(JourneySegment.builder().displayName("S").color("blue").build()).build();
    assertThatThrownBy(() -> checked.execute(bad)).isInstanceOfSatisfying(JourneyValidationException.class,
        e -> assertThat(e.report().codes()).contains("segment.color.hex"));
    assertThat(transport.sent).isEmpty();
  }

  @Test
  void validateBeforeSendPassesAValidBodyWithWarningsThrough() {
    Recording transport = new Recording();
    JourneyTransport checked = ValidateBeforeSend.using(JourneyValidator.create()).wrap(transport);
    ActionMap map = Fixtures.read(Fixtures.MAP.replace("${segment:S}", "seg-1").replace("${actionTemplate:T}", "t-1"),
        ActionMap.class);
    JourneyOperation<ActionMap> ok = JourneyOperation.builder(Operation.POST_JOURNEY_ACTIONMAPS, ActionMap.class)
        .body(map).build();
    checked.execute(ok);
    assertThat(transport.sent).containsExactly(ok);
  }

  @Test
  void aReferenceByNameIsNotSent() {
    Recording transport = new Recording();
    JourneyTransport checked = JourneyValidator.create().beforeSend().wrap(transport);
    JourneyOperation<ActionMap> op = JourneyOperation.builder(Operation.POST_JOURNEY_ACTIONMAPS, ActionMap.class)
        .body(Fixtures.read(Fixtures.MAP, ActionMap.class)).build();
    assertThatThrownBy(() -> checked.execute(op)).isInstanceOf(JourneyValidationException.class);
    assertThat(transport.sent).isEmpty();
  }
}
