package io.journeydsl.actiontarget;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * The state of an action target (lowercase on the wire).
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class ActionTargetState extends OpenEnum {
  private static final KnownValues<ActionTargetState> KNOWN = new KnownValues<>(ActionTargetState::new);

  /** {@code active} */
  public static final ActionTargetState ACTIVE = KNOWN.add("active");

  /** {@code inactive} */
  public static final ActionTargetState INACTIVE = KNOWN.add("inactive");

  /** {@code deleted} */
  public static final ActionTargetState DELETED = KNOWN.add("deleted");

  private ActionTargetState(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static ActionTargetState of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<ActionTargetState> knownValues() {
    return KNOWN.values();
  }
}
