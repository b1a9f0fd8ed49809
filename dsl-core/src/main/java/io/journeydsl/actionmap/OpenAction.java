package io.journeydsl.actionmap;

import io.journeydsl.ids.OpenActionId;
import io.journeydsl.internal.Args;
import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.model.MediaType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs an open action of a given type with its configuration fields ({@code openAction}).
 *
 * @param openActionId the open action type
 * @param openActionName the name of the open action type
 * @param configurationFields fields defined by the open action type's schema, possibly none
 */
public record OpenAction(OpenActionId openActionId, String openActionName, Map<String, JsonNode> configurationFields)
    implements Action {
  /** Checks the open action is named and copies the fields (insertion order kept). */
  public OpenAction {
    Args.requireNonNull(openActionId, "openAction id");
    Args.requireText(openActionName, "openAction name");
    configurationFields = Collections.unmodifiableMap(
        new LinkedHashMap<>(Args.requireNonNull(configurationFields, "configurationFields")));
  }

  @Override
  public MediaType mediaType() {
    return MediaType.OPEN_ACTION;
  }

  @Override
  public ActionMapAction toWire() {
    OpenActionFields.Builder fields = OpenActionFields.builder()
        .openAction(a -> a.id(openActionId.value()).name(openActionName));
    if (!configurationFields.isEmpty()) {
      fields.configurationFields(configurationFields);
    }
    return ActionMapAction.builder().mediaType(mediaType()).openActionFields(fields.build()).build();
  }
}
