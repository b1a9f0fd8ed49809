package io.journeydsl.validation.internal;

import static io.journeydsl.validation.internal.Values.isBlank;

import io.journeydsl.actionmap.ActionMapAction;
import io.journeydsl.actionmap.ActionMapActionTemplate;
import io.journeydsl.actionmap.ArchitectFlowFields;
import io.journeydsl.actionmap.OpenActionFields;
import io.journeydsl.actionmap.PatchAction;
import io.journeydsl.actionmap.RequestMapping;
import io.journeydsl.model.MediaType;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cross-field rules of an action: no media type carries another media type's own fields object
 * ({@code actionTemplate} is contentOffer's, {@code architectFlowFields} architectFlow's,
 * {@code webMessagingOfferFields} webMessagingOffer's, {@code openActionFields} openAction's,
 * {@code props} webchat's). {@code isPacingEnabled} and {@code actionTargetId} are fields of every
 * action in the API model: the deprecated {@code isPacingEnabled} is only a deprecation warning, on any
 * media type (Genesys's Terraform provider sends it, default {@code true}, with every action).
 */
final class ActionChecks {
  private ActionChecks() {}

  static boolean check(Object value, Findings out) {
    if (value instanceof ActionMapAction a) {
      action(a.mediaType(), a.actionTemplate(), a.architectFlowFields(), a.openActionFields(),
          owned(a.actionTemplate(), a.architectFlowFields(), a.webMessagingOfferFields(), a.openActionFields(),
              a.props()), out);
      pacing(a.isPacingEnabled(), out);
    } else if (value instanceof PatchAction a) {
      action(a.mediaType(), a.actionTemplate(), a.architectFlowFields(), a.openActionFields(),
          owned(a.actionTemplate(), a.architectFlowFields(), a.webMessagingOfferFields(), a.openActionFields(),
              a.props()), out);
      pacing(a.isPacingEnabled(), out);
    } else if (value instanceof RequestMapping r) {
      requestMapping(r, out);
    } else {
      return false;
    }
    return true;
  }

  /** {@code isPacingEnabled} is deprecated on every media type, and never a mismatch. */
  private static void pacing(@Nullable Boolean pacing, Findings out) {
    if (pacing != null) {
      out.add(Rule.ACTION_PACING_DEPRECATED, "isPacingEnabled", pacing);
    }
  }

  /** The present fields objects owned by one media type, by wire name, with the media type owning each. */
  private static Map<String, MediaType> owned(@Nullable Object template, @Nullable Object flow,
      @Nullable Object webMessaging, @Nullable Object open, @Nullable Object props) {
    Map<String, MediaType> fields = new LinkedHashMap<>();
    put(fields, "actionTemplate", template, MediaType.CONTENT_OFFER);
    put(fields, "architectFlowFields", flow, MediaType.ARCHITECT_FLOW);
    put(fields, "webMessagingOfferFields", webMessaging, MediaType.WEB_MESSAGING_OFFER);
    put(fields, "openActionFields", open, MediaType.OPEN_ACTION);
    put(fields, "props", props, MediaType.WEBCHAT);
    return fields;
  }

  private static void put(Map<String, MediaType> fields, String name, @Nullable Object value, MediaType owner) {
    if (value != null) {
      fields.put(name, owner);
    }
  }

  private static void action(@Nullable MediaType mediaType, @Nullable ActionMapActionTemplate template,
      @Nullable ArchitectFlowFields flow, @Nullable OpenActionFields open, Map<String, MediaType> owned,
      Findings out) {
    if (mediaType == null || !mediaType.isKnown()) {
      return;
    }
    for (Map.Entry<String, MediaType> field : owned.entrySet()) {
      if (!field.getValue().equals(mediaType)) {
        out.add(Rule.ACTION_FIELDS_MISMATCH, field.getKey(), null,
            Map.of("owner", field.getValue(), "mediaType", mediaType));
      }
    }
    if (mediaType.equals(MediaType.CONTENT_OFFER) && (template == null || isBlank(template.id()))) {
      out.add(Rule.ACTION_TEMPLATE_MISSING, "actionTemplate.id", null);
    } else if (mediaType.equals(MediaType.ARCHITECT_FLOW)
        && (flow == null || flow.architectFlow() == null || isBlank(flow.architectFlow().id()))) {
      out.add(Rule.ACTION_ARCHITECT_FLOW_MISSING, "architectFlowFields.architectFlow.id", null);
    } else if (mediaType.equals(MediaType.OPEN_ACTION)) {
      if (open == null) {
        out.add(Rule.ACTION_OPEN_ACTION_MISSING, "openActionFields", null);
      } else if (open.openAction() != null && isBlank(open.openAction().id())) {
        out.add(Rule.ACTION_OPEN_ACTION_MISSING, "openActionFields.openAction.id", null);
      }
    } else if (mediaType.equals(MediaType.WEBCHAT)) {
      out.add(Rule.DEPRECATED_WEBCHAT, "mediaType", mediaType);
    } else if (mediaType.equals(MediaType.INTEGRATION_ACTION)) {
      out.add(Rule.ACTION_MEDIA_TYPE_UNSUPPORTED, "mediaType", mediaType);
    }
  }

  private static void requestMapping(RequestMapping r, Findings out) {
    if (r.mappingType() == null || !r.mappingType().value().equals("HardCoded") || r.value() == null
        || r.attributeType() == null) {
      return;
    }
    String type = r.attributeType().value();
    String v = r.value().trim();
    boolean ok = switch (type) {
      case "Number" -> parses(v, true);
      case "Integer" -> parses(v, false);
      case "Boolean" -> v.equals("true") || v.equals("false");
      default -> true;
    };
    if (!ok) {
      Object shown = Redaction.isSecretName(r.name()) ? Redaction.MASK : r.value();
      out.add(Rule.REQUEST_MAPPING_VALUE_TYPE, "value", shown, Map.of("attributeType", type));
    }
  }

  private static boolean parses(String v, boolean decimal) {
    try {
      BigDecimal d = new BigDecimal(v);
      return decimal || d.stripTrailingZeros().scale() <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
