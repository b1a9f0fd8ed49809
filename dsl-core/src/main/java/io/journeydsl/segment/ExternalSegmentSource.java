package io.journeydsl.segment;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * The external system where an external segment originates from.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class ExternalSegmentSource extends OpenEnum {
  private static final KnownValues<ExternalSegmentSource> KNOWN = new KnownValues<>(ExternalSegmentSource::new);

  /** {@code AdobeExperiencePlatform} */
  public static final ExternalSegmentSource ADOBE_EXPERIENCE_PLATFORM = KNOWN.add("AdobeExperiencePlatform");

  /** {@code Custom} */
  public static final ExternalSegmentSource CUSTOM = KNOWN.add("Custom");

  private ExternalSegmentSource(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static ExternalSegmentSource of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<ExternalSegmentSource> knownValues() {
    return KNOWN.values();
  }
}
