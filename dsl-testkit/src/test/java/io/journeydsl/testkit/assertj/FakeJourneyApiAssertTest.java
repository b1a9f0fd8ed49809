package io.journeydsl.testkit.assertj;

import static io.journeydsl.Journey.contentOffer;
import static io.journeydsl.Journey.contentOfferTemplate;
import static io.journeydsl.Journey.outcome;
import static io.journeydsl.Journey.segment;
import static io.journeydsl.Journey.url;
import static io.journeydsl.testkit.assertj.JourneyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.Journey;
import io.journeydsl.JourneyConfig;
import io.journeydsl.actiontemplate.DisplayMode;
import io.journeydsl.actiontemplate.LayoutMode;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.FakeJourneyApi;
import org.junit.jupiter.api.Test;

class FakeJourneyApiAssertTest {
  private final FakeJourneyApi fake = FakeJourneyApi.create();

  private void seedShop() {
    fake.seed(JourneyConfig.of(
        segment("Pricing visitors").color("#1E88E5").isActive(true),
        outcome("Bought"),
        contentOfferTemplate("Sale", o -> o.displayMode(DisplayMode.MODAL).layoutMode(LayoutMode.TEXT_ONLY)),
        Journey.actionMap("Offer").triggerWithSegments(io.journeydsl.Ref.segment("Pricing visitors"))
            .pageUrlConditions(url().contains("/pricing"))
            .action(contentOffer(io.journeydsl.Ref.actionTemplate("Sale")))));
  }

  @Test
  void passesOnWhatIsStored() {
    seedShop();
    assertThat(fake).hasSegmentNamed("Pricing visitors").hasOutcomeNamed("Bought").hasActionTemplateNamed("Sale")
        .hasActionMapNamed("Offer").hasNoSegmentNamed("Nobody").hasNoActionMapNamed("Other")
        .hasSegments(1).hasOutcomes(1).hasActionTemplates(1).hasActionMaps(1);
    assertThat(fake).segment("Pricing visitors").extracting(JourneySegment::color).isEqualTo("#1E88E5");
    assertThat(fake).actionMap("Offer").extracting(m -> m.version()).isEqualTo(1);
    assertThat(fake).outcome("Bought").isNotNull();
    assertThat(fake).actionTemplate("Sale").isNotNull();
    assertThat(FakeJourneyApi.create()).isEmpty();
  }

  @Test
  void failsOnAMissingNameListingWhatIsThere() {
    seedShop();
    assertThatThrownBy(() -> assertThat(fake).hasSegmentNamed("Mobile"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("segment named 'Mobile'").hasMessageContaining("'Pricing visitors'");
    assertThatThrownBy(() -> assertThat(fake).hasOutcomeNamed("Churned")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(fake).hasActionTemplateNamed("Other")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(fake).hasActionMapNamed("Other")).isInstanceOf(AssertionError.class);
  }

  @Test
  void failsOnAnUnexpectedName() {
    seedShop();
    assertThatThrownBy(() -> assertThat(fake).hasNoSegmentNamed("Pricing visitors"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("no segment named 'Pricing visitors'");
    assertThatThrownBy(() -> assertThat(fake).hasNoActionMapNamed("Offer")).isInstanceOf(AssertionError.class);
  }

  @Test
  void failsOnAWrongCount() {
    seedShop();
    assertThatThrownBy(() -> assertThat(fake).hasActionMaps(2))
        .isInstanceOf(AssertionError.class).hasMessageContaining("hold 2 action maps but it holds 1: ['Offer']");
    assertThatThrownBy(() -> assertThat(fake).hasSegments(0)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(fake).hasOutcomes(3)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(fake).hasActionTemplates(0)).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(fake).isEmpty())
        .isInstanceOf(AssertionError.class).hasMessageContaining("1 segments");
  }

  @Test
  void navigationFailsWhenTheObjectIsMissingAndNestedChecksFailWithTheObjectsName() {
    seedShop();
    assertThatThrownBy(() -> assertThat(fake).segment("Mobile")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(fake).actionMap("Nope")).isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> assertThat(fake).segment("Pricing visitors").extracting(JourneySegment::color)
        .isEqualTo("#000000"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("segment 'Pricing visitors'");
  }

  @Test
  void aNullFakeFails() {
    assertThatThrownBy(() -> assertThat((FakeJourneyApi) null).hasSegments(0)).isInstanceOf(AssertionError.class);
  }
}
