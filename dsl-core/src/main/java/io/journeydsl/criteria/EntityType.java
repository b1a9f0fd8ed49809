package io.journeydsl.criteria;

import io.journeydsl.model.OpenEnum;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * The entity a context criterion is matched against.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class EntityType extends OpenEnum {
  private static final KnownValues<EntityType> KNOWN = new KnownValues<>(EntityType::new);

  /** {@code visit} */
  public static final EntityType VISIT = KNOWN.add("visit");

  private EntityType(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static EntityType of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<EntityType> knownValues() {
    return KNOWN.values();
  }
}
