package io.journeydsl.segment;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * The target entity that a segment applies to (deprecated by Genesys).
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class SegmentScope extends OpenEnum {
  private static final KnownValues<SegmentScope> KNOWN = new KnownValues<>(SegmentScope::new);

  /** {@code Session} */
  public static final SegmentScope SESSION = KNOWN.add("Session");

  /** {@code Customer} */
  public static final SegmentScope CUSTOMER = KNOWN.add("Customer");

  private SegmentScope(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static SegmentScope of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<SegmentScope> knownValues() {
    return KNOWN.values();
  }
}
