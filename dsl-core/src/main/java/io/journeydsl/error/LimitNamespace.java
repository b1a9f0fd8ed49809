package io.journeydsl.error;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * Namespace of a Genesys limit named in an error body.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class LimitNamespace extends OpenEnum {
  private static final KnownValues<LimitNamespace> KNOWN = new KnownValues<>(LimitNamespace::new);

  // Only the namespaces the Journey and journey-analytics endpoints answer with are named; every
  // other Genesys namespace still reads and writes back verbatim through of(String).

  /** {@code analytics}: the limits of the journey aggregates query. */
  public static final LimitNamespace ANALYTICS = KNOWN.add("analytics");

  /** {@code journey}: the limits of the Journey endpoints. */
  public static final LimitNamespace JOURNEY = KNOWN.add("journey");

  private LimitNamespace(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static LimitNamespace of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<LimitNamespace> knownValues() {
    return KNOWN.values();
  }
}
