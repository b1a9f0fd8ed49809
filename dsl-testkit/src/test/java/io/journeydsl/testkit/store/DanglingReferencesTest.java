package io.journeydsl.testkit.store;

import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.contentOfferTemplate;
import static io.journeydsl.Journey.outcome;
import static io.journeydsl.Journey.quantile;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.journeydsl.JourneyConfig;
import io.journeydsl.Ref;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.DisplayMode;
import io.journeydsl.actiontemplate.LayoutMode;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.error.BadRequestException;
import io.journeydsl.error.JourneyApiException;
import io.journeydsl.catalog.ApiProfile;
import io.journeydsl.testkit.FakeJourneyApi;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Action maps may only refer to segments, outcomes and live action templates the fake holds. */
class DanglingReferencesTest {
  private final FakeJourneyApi fake = FakeJourneyApi.create();
  private final JourneyClient client = fake.client();
  private final String segmentId = client.segments().create(segment("Pricing").isActive(true).build()).id();
  private final String templateId = client.actionTemplates().create(template("Sale")).id();

  private static ActionTemplate template(String name) {
    return contentOfferTemplate(name, o -> o.displayMode(DisplayMode.MODAL).layoutMode(LayoutMode.TEXT_ONLY)
        .title("Sale")).build();
  }

  private ActionMap map(UnaryOperator<ActionMap.Builder> change) {
    ActionMap.Builder builder = io.journeydsl.Journey.actionMap("Offer")
        .triggerWithSegments(Ref.segmentId(segmentId))
        .pageUrlConditions(url().contains("/pricing"))
        .action(contentOffer(Ref.actionTemplateId(templateId)));
    return change.apply(builder).build();
  }

  private static String rejectedField(Runnable call) {
    BadRequestException e = catchThrowableOfType(BadRequestException.class, call::run);
    assertThat(e).as("a 400").isNotNull();
    return e.errorBody().orElseThrow().details().get(0).fieldName();
  }

  @Test
  void validReferencesAreAccepted() {
    assertThat(client.actionMaps().create(map(b -> b)).version()).isEqualTo(1);
  }

  @Test
  void anUnknownSegmentIsA400NamingItsPosition() {
    assertThat(rejectedField(() -> client.actionMaps().create(map(b -> b.addTriggerWithSegment("no-such-segment")))))
        .isEqualTo("triggerWithSegments[1]");
    assertThat(fake.actionMaps()).isEmpty();
  }

  @Test
  void anUnknownOutcomeIsA400NamingTheCondition() {
    String outcomeId = client.outcomes().create(outcome("Bought").build()).id();
    ActionMap map = map(b -> b.addTriggerWithOutcomeQuantileCondition(quantile(Ref.outcomeId(outcomeId), 0.5f))
        .addTriggerWithOutcomeQuantileCondition(quantile(Ref.outcomeId("no-such-outcome"), 0.5f)));
    assertThat(rejectedField(() -> client.actionMaps().create(map)))
        .isEqualTo("triggerWithOutcomeQuantileConditions[1].outcomeId");
  }

  @Test
  void anUnknownTemplateIsA400NamingTheActionTemplateId() {
    ActionMap map = map(b -> b.action(contentOffer(Ref.actionTemplateId("no-such-template"))));
    assertThat(rejectedField(() -> client.actionMaps().create(map))).isEqualTo("action.actionTemplate.id");
  }

  @Test
  void softAndHardDeletedTemplatesCannotBeReferenced() {
    client.actionTemplates().delete(templateId);
    assertThat(rejectedField(() -> client.actionMaps().create(map(b -> b)))).isEqualTo("action.actionTemplate.id");
    client.actionTemplates().delete(templateId, true);
    assertThat(rejectedField(() -> client.actionMaps().create(map(b -> b)))).isEqualTo("action.actionTemplate.id");
  }

  @Test
  void aPatchIntroducingAnUnknownSegmentIsRejectedAndChangesNothing() {
    ActionMap created = client.actionMaps().create(map(b -> b));
    String field = rejectedField(() -> client.actionMaps().patch(created.id(), p -> p.version(1)
        .displayName("Offer").addTriggerWithSegment("gone").pageUrlConditions(created.pageUrlConditions())));
    assertThat(field).isEqualTo("triggerWithSegments[0]");
    assertThat(client.actionMaps().get(created.id()).version()).isEqualTo(1);
  }

  @Test
  void aPatchPointingAtASoftDeletedTemplateIsRejected() {
    ActionMap created = client.actionMaps().create(map(b -> b));
    String other = client.actionTemplates().create(template("Other")).id();
    client.actionTemplates().delete(other);
    String field = rejectedField(() -> client.actionMaps().patch(created.id(), p -> p.version(1)
        .displayName("Offer").triggerWithSegments(created.triggerWithSegments())
        .pageUrlConditions(created.pageUrlConditions())
        .action(a -> a.mediaType(io.journeydsl.model.MediaType.CONTENT_OFFER).actionTemplate(t -> t.id(other)))));
    assertThat(field).isEqualTo("action.actionTemplate.id");
  }

  @Test
  void aPatchLeavingReferencesOutIsNotJudgedOnThem() {
    FakeJourneyApi current = FakeJourneyApi.builder().profile(ApiProfile.CURRENT).build();
    JourneyClient c = current.client();
    String s = c.segments().create(segment("S").build()).id();
    String t = c.actionTemplates().create(template("T")).id();
    ActionMap created = c.actionMaps().create(io.journeydsl.Journey.actionMap("M").triggerWithSegments(Ref.segmentId(s))
        .pageUrlConditions(url().contains("/")).action(contentOffer(Ref.actionTemplateId(t))).build());
    c.segments().delete(s);
    assertThat(c.actionMaps().patch(created.id(), p -> p.version(1).displayName("M")
        .pageUrlConditions(created.pageUrlConditions()).weight(3)).version()).isEqualTo(2);
  }

  @Test
  void seedingABundleWhoseReferenceNamesNoObjectFailsNamingTheField() {
    JourneyConfig bundle = JourneyConfig.of(template("Sale"),
        io.journeydsl.Journey.actionMap("Offer").triggerWithSegments(Ref.segment("Missing"))
            .pageUrlConditions(url().contains("/")).action(contentOffer(Ref.actionTemplate("Sale"))));
    JourneyApiException e = catchThrowableOfType(JourneyApiException.class, () -> FakeJourneyApi.create().seed(bundle));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.errorBody().orElseThrow().details().get(0).fieldName()).isEqualTo("triggerWithSegments[0]");
  }
}
