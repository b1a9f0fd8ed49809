package io.journeydsl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.actionmap.OutcomeQuantileCondition;
import io.journeydsl.client.SegmentQuery;
import io.journeydsl.segment.JourneySegment;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The range, pattern and limit rules hold exactly at their bounds. */
class RuleProperties {
  private static final JourneyValidator VALIDATOR = JourneyValidator.create();

  private static List<String> codes(Object value) {
    return VALIDATOR.validate(value).codes();
  }

  @Property
  void weightIsValidExactlyFromOneToThree(@ForAll @IntRange(min = -5, max = 10) int weight) {
    List<String> codes = codes(Fixtures.map("{'weight':" + weight + "}"));
    assertThat(codes.contains("actionMap.weight.range")).isEqualTo(weight < 1 || weight > 3);
  }

  @Property
  void quantileThresholdsAreValidExactlyFromZeroToOne(@ForAll @FloatRange(min = -2, max = 2) float max) {
    OutcomeQuantileCondition condition = OutcomeQuantileCondition.builder().outcomeId("o").maxQuantileThreshold(max).build();
    assertThat(codes(condition).contains("quantile.range")).isEqualTo(max < 0 || max > 1);
  }

  @Property
  void colorIsValidExactlyWhenHashAndSixHexDigits(@ForAll @StringLength(min = 0, max = 8) String color) {
    JourneySegment segment = JourneySegment.builder().displayName("S").color(color).build();
    assertThat(codes(segment).contains("segment.color.hex")).isEqualTo(!color.matches("#[0-9a-fA-F]{6}"));
  }

  @Property
  void aHexColorIsAlwaysAccepted(@ForAll @IntRange(min = 0, max = 0xFFFFFF) int rgb, @ForAll boolean upper) {
    String hex = String.format(upper ? "#%06X" : "#%06x", rgb);
    assertThat(codes(JourneySegment.builder().displayName("S").color(hex).build())).doesNotContain("segment.color.hex");
  }

  @Property
  void segmentIdsAreLimitedToAHundred(@ForAll @Size(max = 130) List<@StringLength(min = 1, max = 4) @net.jqwik.api.constraints.AlphaChars String> ids) {
    List<String> codes = codes(SegmentQuery.builder().segmentIds(ids).build());
    assertThat(codes.contains("query.ids.tooMany")).isEqualTo(ids.size() > 100);
    assertThat(codes).doesNotContain("query.ids.exclusive");
  }

  @Property
  void queryFieldsAndQueryValueComeTogether(@ForAll boolean fields, @ForAll boolean value) {
    SegmentQuery.Builder q = SegmentQuery.builder();
    if (fields) {
      q.addQueryField("displayName");
    }
    if (value) {
      q.queryValue("x");
    }
    List<String> codes = codes(q.build());
    assertThat(codes.contains("query.queryFields.requiresQueryValue")).isEqualTo(fields && !value);
    assertThat(codes.contains("query.queryValue.requiresQueryFields")).isEqualTo(value && !fields);
  }

  @Property
  void delayGoesExactlyWithTheDelayType(@ForAll boolean delayType, @ForAll boolean hasDelay) {
    String activation = "{'activation':{'type':'" + (delayType ? "delay" : "on-next-visit") + "'"
        + (hasDelay ? ",'delayInSeconds':15" : "") + "}}";
    List<String> codes = codes(Fixtures.map(activation));
    assertThat(codes.contains("activation.delayInSeconds.missing")).isEqualTo(delayType && !hasDelay);
    assertThat(codes.contains("activation.delayInSeconds.unexpected")).isEqualTo(!delayType && hasDelay);
  }
}
