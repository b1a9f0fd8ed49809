package io.journeydsl.actiontemplate;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * Whether an action template is active, inactive or deleted.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class ActionTemplateState extends OpenEnum {
  private static final KnownValues<ActionTemplateState> KNOWN = new KnownValues<>(ActionTemplateState::new);

  /** {@code Active} */
  public static final ActionTemplateState ACTIVE = KNOWN.add("Active");

  /** {@code Inactive} */
  public static final ActionTemplateState INACTIVE = KNOWN.add("Inactive");

  /** {@code Deleted} */
  public static final ActionTemplateState DELETED = KNOWN.add("Deleted");

  private ActionTemplateState(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static ActionTemplateState of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<ActionTemplateState> knownValues() {
    return KNOWN.values();
  }
}
