package io.journeydsl.analytics;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * Dimension used as the alternative timestamp of aggregated data.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class AlternateTimeDimension extends OpenEnum {
  private static final KnownValues<AlternateTimeDimension> KNOWN = new KnownValues<>(AlternateTimeDimension::new);

  /** {@code eventTime} */
  public static final AlternateTimeDimension EVENT_TIME = KNOWN.add("eventTime");

  private AlternateTimeDimension(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static AlternateTimeDimension of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<AlternateTimeDimension> knownValues() {
    return KNOWN.values();
  }
}
