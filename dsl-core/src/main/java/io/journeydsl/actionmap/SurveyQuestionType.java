package io.journeydsl.actionmap;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * Type of a webchat survey question.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class SurveyQuestionType extends OpenEnum {
  private static final KnownValues<SurveyQuestionType> KNOWN = new KnownValues<>(SurveyQuestionType::new);

  /** {@code text} */
  public static final SurveyQuestionType TEXT = KNOWN.add("text");

  /** {@code hidden} */
  public static final SurveyQuestionType HIDDEN = KNOWN.add("hidden");

  /** {@code select} */
  public static final SurveyQuestionType SELECT = KNOWN.add("select");

  /** {@code checkbox} */
  public static final SurveyQuestionType CHECKBOX = KNOWN.add("checkbox");

  /** {@code textarea} */
  public static final SurveyQuestionType TEXTAREA = KNOWN.add("textarea");

  private SurveyQuestionType(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static SurveyQuestionType of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<SurveyQuestionType> knownValues() {
    return KNOWN.values();
  }
}
