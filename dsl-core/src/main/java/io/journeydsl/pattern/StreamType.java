package io.journeydsl.pattern;

import io.journeydsl.model.OpenEnum;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.model.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * The stream type a pattern or event condition applies to.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class StreamType extends OpenEnum {
  private static final KnownValues<StreamType> KNOWN = new KnownValues<>(StreamType::new);

  /** {@code Web} */
  public static final StreamType WEB = KNOWN.add("Web");

  /** {@code Custom} */
  public static final StreamType CUSTOM = KNOWN.add("Custom");

  /** {@code Conversation} */
  public static final StreamType CONVERSATION = KNOWN.add("Conversation");

  /** {@code App} */
  public static final StreamType APP = KNOWN.add("App");

  private StreamType(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static StreamType of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<StreamType> knownValues() {
    return KNOWN.values();
  }
}
