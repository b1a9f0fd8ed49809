package io.journeydsl.testkit.store;

import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.contentOfferTemplate;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.journeydsl.Journey;
import io.journeydsl.Ref;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.DisplayMode;
import io.journeydsl.actiontemplate.LayoutMode;
import io.journeydsl.catalog.ApiProfile;
import io.journeydsl.catalog.RequiredFields;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.error.BadRequestException;
import io.journeydsl.testkit.FakeJourneyApi;
import io.swagger.annotations.ApiModelProperty;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What each PATCH body must carry: under SDK_198 exactly what the Java SDK 198.1.0 marks required,
 * under CURRENT what the catalogue relaxed (see {@code RequiredFields}); never {@code version}.
 */
class PatchRequirementsTest {

  @ParameterizedTest
  @ValueSource(strings = {"segment.PatchSegment", "segment.PatchExternalSegment", "outcome.PatchOutcome",
      "actionmap.PatchActionMap", "actionmap.PatchAction", "actionmap.PatchActionProperties",
      "actionmap.PatchActionSurvey", "actionmap.PatchSurveyQuestion", "actionmap.PatchActionMapScheduleGroups",
      "actionmap.PatchWebMessagingOfferFields", "actiontemplate.PatchActionTemplate",
      "actiontemplate.PatchContentOffer", "actiontemplate.PatchCallToAction", "actiontarget.PatchActionTarget"})
  void sdk198RequirementsAreTheSdkModelsRequiredFlags(String model) throws ClassNotFoundException {
    Class<?> ours = Class.forName("io.journeydsl." + model);
    Class<?> sdk = Class.forName("com.mypurecloud.sdk.v2.model." + ours.getSimpleName());
    assertThat(new TreeSet<>(RequiredFields.of(ours, ApiProfile.SDK_198))).as(model).isEqualTo(sdkRequired(sdk));
  }

  private static Set<String> sdkRequired(Class<?> sdk) {
    Set<String> out = new TreeSet<>();
    for (Method getter : sdk.getDeclaredMethods()) {
      ApiModelProperty property = getter.getAnnotation(ApiModelProperty.class);
      if (property != null && property.required()) {
        String name = getter.getName().replaceFirst("^(get|is)", "");
        out.add(Character.toLowerCase(name.charAt(0)) + name.substring(1));
      }
    }
    return out;
  }

  @Test
  void noProfileRequiresVersionOfAPatchBody() {
    for (ApiProfile profile : ApiProfile.values()) {
      for (Class<?> type : RequiredFields.types()) {
        assertThat(RequiredFields.of(type, profile)).as(type.getSimpleName() + " " + profile).doesNotContain("version");
      }
    }
  }

  private static ActionMap created(JourneyClient client) {
    String s = client.segments().create(segment("S").build()).id();
    String t = client.actionTemplates().create(contentOfferTemplate("T", o -> o.displayMode(DisplayMode.MODAL)
        .layoutMode(LayoutMode.TEXT_ONLY).title("T")).build()).id();
    return client.actionMaps().create(Journey.actionMap("M").triggerWithSegments(Ref.segmentId(s))
        .pageUrlConditions(url().contains("/")).action(contentOffer(Ref.actionTemplateId(t))).build());
  }

  private static String rejectedField(Runnable call) {
    BadRequestException e = catchThrowableOfType(BadRequestException.class, call::run);
    assertThat(e).as("a 400").isNotNull();
    return e.errorBody().orElseThrow().details().get(0).fieldName();
  }

  @Test
  void currentActionMapPatchMayLeaveTriggerWithSegmentsOutLikeTerraformDoes() {
    JourneyClient client = FakeJourneyApi.builder().profile(ApiProfile.CURRENT).build().client();
    ActionMap map = created(client);
    ActionMap patched = client.actionMaps().patch(map.id(), p -> p.version(1).displayName("M")
        .pageUrlConditions(map.pageUrlConditions()).weight(3));
    assertThat(patched.version()).isEqualTo(2);
    assertThat(patched.triggerWithSegments()).isEqualTo(map.triggerWithSegments());
  }

  @Test
  void currentActionMapPatchStillNeedsDisplayNameAndPageUrlConditions() {
    JourneyClient client = FakeJourneyApi.builder().profile(ApiProfile.CURRENT).build().client();
    ActionMap map = created(client);
    assertThat(rejectedField(() -> client.actionMaps().patch(map.id(), p -> p.version(1)
        .pageUrlConditions(map.pageUrlConditions())))).isEqualTo("displayName");
    assertThat(rejectedField(() -> client.actionMaps().patch(map.id(), p -> p.version(1).displayName("M"))))
        .isEqualTo("pageUrlConditions");
  }

  @Test
  void sdk198ActionMapPatchNeedsAllThree() {
    JourneyClient client = FakeJourneyApi.create().client();
    ActionMap map = created(client);
    assertThat(rejectedField(() -> client.actionMaps().patch(map.id(), p -> p.version(1).displayName("M")
        .pageUrlConditions(map.pageUrlConditions())))).isEqualTo("triggerWithSegments");
  }

  @Test
  void currentSegmentPatchNeedsNothingButTheFakeStillWantsAVersion() {
    JourneyClient client = FakeJourneyApi.builder().profile(ApiProfile.CURRENT).build().client();
    String id = client.segments().create(segment("S").build()).id();
    assertThat(client.segments().patch(id, p -> p.version(1).isActive(false)).version()).isEqualTo(2);
    assertThat(rejectedField(() -> client.segments().patch(id, p -> p.isActive(true)))).isEqualTo("version");
    JourneyClient lenient = FakeJourneyApi.builder().profile(ApiProfile.CURRENT).allowPatchWithoutVersion(true)
        .build().client();
    String other = lenient.segments().create(segment("S").build()).id();
    assertThat(lenient.segments().patch(other, p -> p.isActive(true)).version()).isEqualTo(2);
  }
}
