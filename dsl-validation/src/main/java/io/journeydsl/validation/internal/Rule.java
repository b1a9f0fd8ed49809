package io.journeydsl.validation.internal;

import static io.journeydsl.validation.Severity.ERROR;
import static io.journeydsl.validation.Severity.INFO;
import static io.journeydsl.validation.Severity.WARNING;
import static io.journeydsl.validation.internal.Source.API_DESCRIPTION;
import static io.journeydsl.validation.internal.Source.API_MODEL;
import static io.journeydsl.validation.internal.Source.CLIENT;
import static io.journeydsl.validation.internal.Source.INFERENCE;

import io.journeydsl.validation.Severity;
import io.journeydsl.validation.Violation;
import jakarta.annotation.Nullable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog of every rule code the validator can report, with its severity, source and message
 * template. Codes are API: they never change once released. {@code docs/validation-rules.md}
 * documents each one, and a test keeps the two in sync.
 *
 * <p>Message templates name their parameters in braces; {@code {value}} is the rejected value.
 */
public enum Rule {
  // Field rules
  FIELD_REQUIRED("field.required", ERROR, API_MODEL, "is required"),
  FIELD_REQUIRED_OLDER_API("field.required.olderApi", WARNING, API_MODEL,
      "is required by the SDK 198 model the API documented in 2023 (optional in the current API)"),
  FIELD_BLANK("field.blank", ERROR, INFERENCE, "must not be blank"),
  FIELD_NOT_EMPTY("field.notEmpty", ERROR, API_DESCRIPTION, "needs one or more elements"),
  FIELD_VALUES_EMPTY("field.values.empty", WARNING, INFERENCE, "is empty: the condition can never match"),
  FIELD_ENUM_UNKNOWN("field.enum.unknown", ERROR, API_MODEL,
      "'{value}' is not a value the API accepts{suggestion} (known: {known})"),
  FIELD_READ_ONLY("field.readOnly", INFO, API_MODEL, "is read-only: the server ignores '{value}' on input"),
  FIELD_RANGE("field.range", ERROR, INFERENCE, "must be {bounds}, was {value}"),
  FIELD_URL("field.url", ERROR, INFERENCE, "'{value}' is not an absolute http(s) URL"),
  SEGMENT_COLOR_HEX("segment.color.hex", ERROR, CLIENT, "'{value}' is not a color of the form #RRGGBB"),
  SEGMENT_EXPIRATION_NEGATIVE("segment.assignmentExpirationDays.negative", ERROR, CLIENT,
      "must be 0 or more, was {value}"),
  SEGMENT_CONDITIONS_NONE("segment.conditions.none", WARNING, INFERENCE,
      "has no context and no journey pattern: the segment matches every visitor"),
  ACTION_MAP_WEIGHT_RANGE("actionMap.weight.range", ERROR, CLIENT, "must be 1 (low), 2 (medium) or 3 (high), was {value}"),
  ACTION_MAP_END_BEFORE_START("actionMap.endDate.beforeStartDate", ERROR, INFERENCE,
      "endDate {value} is not after startDate {startDate}"),
  ACTION_MAP_TRIGGER_NONE("actionMap.trigger.none", WARNING, INFERENCE,
      "has no trigger (no segment, event or outcome condition): it never fires"),
  ACTION_MAP_ACTION_MISSING("actionMap.action.missing", ERROR, CLIENT, "is required: an action map without an action does nothing"),
  ACTION_MAP_SEGMENT_DUPLICATE("actionMap.triggerWithSegments.duplicate", WARNING, INFERENCE,
      "'{value}' is already listed at triggerWithSegments[{first}]"),
  ACTION_MAP_ACTIVATION_MISSING("actionMap.activation.missing", WARNING, CLIENT,
      "is missing: Genesys's client requires an activation type"),
  ACTIVATION_DELAY_MISSING("activation.delayInSeconds.missing", ERROR, INFERENCE,
      "is required when the activation type is 'delay'"),
  ACTIVATION_DELAY_UNEXPECTED("activation.delayInSeconds.unexpected", ERROR, INFERENCE,
      "is only allowed with activation type 'delay', not '{type}' (was {value})"),
  ACTIVATION_DELAY_NEGATIVE("activation.delayInSeconds.negative", ERROR, INFERENCE, "must be 0 or more, was {value}"),
  PROBABILITY_RANGE("probability.range", ERROR, INFERENCE, "must be between 0 and 1, was {value}"),
  PROBABILITY_ORDER("probability.order", WARNING, API_DESCRIPTION,
      "probability {value} is below maximumProbability {maximumProbability}: the condition can never be met"),
  QUANTILE_RANGE("quantile.range", ERROR, API_DESCRIPTION, "must be between 0.00 and 1.00, was {value}"),
  QUANTILE_ORDER("quantile.order", WARNING, INFERENCE,
      "fallbackQuantileThreshold {value} is not below maxQuantileThreshold {maxQuantileThreshold}"),
  SERVICE_LEVEL_PERCENTAGE("serviceLevel.percentage.range", ERROR, API_DESCRIPTION, "must be between 0 and 1, was {value}"),
  STYLE_OPACITY_RANGE("style.opacity.range", WARNING, INFERENCE, "must be between 0 and 1, was {value}"),
  JOURNEY_PATTERN_COUNT("journeyPattern.count.range", ERROR, INFERENCE, "must be 1 or more, was {value}"),
  PERCENTILE_RANGE("percentile.range", ERROR, INFERENCE, "must be between 0 and 100, was {value}"),
  // Actions
  ACTION_FIELDS_MISMATCH("action.fields.mismatch", ERROR, API_DESCRIPTION,
      "belongs to media type {owner}, not to '{mediaType}'"),
  ACTION_TEMPLATE_MISSING("action.actionTemplate.missing", ERROR, CLIENT,
      "is required: a contentOffer action needs action.actionTemplate.id"),
  ACTION_ARCHITECT_FLOW_MISSING("action.architectFlow.missing", ERROR, CLIENT,
      "is required: an architectFlow action needs architectFlowFields.architectFlow.id"),
  ACTION_OPEN_ACTION_MISSING("action.openAction.missing", ERROR, API_MODEL,
      "is required: an openAction action needs openActionFields.openAction with its id"),
  ACTION_PACING_DEPRECATED("deprecated.action.isPacingEnabled", WARNING, CLIENT,
      "isPacingEnabled is deprecated (it throttled webchat actions) and removed from Genesys's client"),
  ACTION_MEDIA_TYPE_UNSUPPORTED("action.mediaType.unsupported", WARNING, CLIENT,
      "'{value}' is listed by the API but not accepted for action maps by Genesys's client"),
  REQUEST_MAPPING_VALUE_TYPE("requestMapping.value.type", WARNING, INFERENCE,
      "'{value}' is not a valid {attributeType}"),
  // Patterns and criteria
  STREAM_TYPE_UNSUPPORTED("stream.streamType.unsupported", WARNING, CLIENT,
      "'{value}' is documented but not supported by the API (only Web and App are)"),
  STREAM_SESSION_TYPE_UNKNOWN("stream.sessionType.unknown", WARNING, CLIENT, "'{value}' is not one of web, app"),
  STREAM_SESSION_TYPE_MISMATCH("stream.sessionType.mismatch", ERROR, INFERENCE,
      "'{value}' does not go with streamType '{streamType}' (Web goes with web, App with app; "
          + "web and app belong to those streams only)"),
  CRITERIA_CONTEXT_KEY("criteria.context.key", ERROR, CLIENT, "'{value}' is not a context key (one of {known})"),
  CRITERIA_CONTEXT_ENTITY_TYPE("criteria.context.entityType", ERROR, CLIENT, "is required for a context criterion (visit)"),
  CRITERIA_OPERATOR_KEY("criteria.operator.key", ERROR, INFERENCE, "'{value}' does not suit key '{key}': {reason}"),
  EVENT_CONDITION_KEY("eventCondition.key", ERROR, INFERENCE, "'{value}' is not a key an event condition {context} may use: {reason}"),
  CRITERIA_JOURNEY_KEY("criteria.journey.key", ERROR, CLIENT,
      "'{value}' is not a journey key (one of {known}, or attributes.<name>.value)"),
  // Action templates and content offers
  ACTION_TEMPLATE_CONTENT_OFFER_MISSING("actionTemplate.contentOffer.missing", ERROR, INFERENCE,
      "is required when mediaType is contentOffer"),
  ACTION_TEMPLATE_CONTENT_OFFER_UNEXPECTED("actionTemplate.contentOffer.unexpected", WARNING, INFERENCE,
      "is ignored: mediaType is '{mediaType}', not contentOffer"),
  CONTENT_OFFER_IMAGE_MISSING("contentOffer.imageUrl.missing", WARNING, INFERENCE,
      "is missing but layoutMode '{layoutMode}' shows an image"),
  CONTENT_OFFER_TEXT_MISSING("contentOffer.text.missing", WARNING, INFERENCE,
      "layoutMode '{value}' shows text but title, headline and body are all empty"),
  OUTCOME_VALUE_FIELD_NAME("outcome.associatedValueField.name", ERROR, CLIENT,
      "'{value}' is not an event attribute path attributes.<name>.value"),
  // Deprecations
  DEPRECATED_WEBCHAT("deprecated.mediaType.webchat", WARNING, CLIENT,
      "media type webchat is deprecated and being removed: use webMessagingOffer"),
  DEPRECATED_OUTCOME_CONDITIONS("deprecated.actionMap.outcomeConditions", WARNING, API_DESCRIPTION,
      "outcome-based trigger conditions are deprecated: Journey Outcomes is being removed"),
  DEPRECATED_PERCENTILE_CONDITIONS("deprecated.actionMap.percentileConditions", WARNING, API_MODEL,
      "percentile conditions are deprecated: use triggerWithOutcomeQuantileConditions"),
  DEPRECATED_SEGMENT_SCOPE("deprecated.segment.scope", WARNING, API_DESCRIPTION,
      "scope is deprecated: the current create request has no scope ('{value}' is ignored or rejected)"),
  DEPRECATED_EXTERNAL_SEGMENT("deprecated.segment.externalSegment", WARNING, CLIENT,
      "externalSegment is deprecated (Customer scope only, removed from Genesys's client)"),
  DEPRECATED_OUTCOMES_ENDPOINT("deprecated.endpoint.outcomes", WARNING, API_DESCRIPTION,
      "the outcomes endpoints are deprecated: Journey Outcomes is being removed"),
  DEPRECATED_ACTION_TARGETS_ENDPOINT("deprecated.endpoint.actionTargets", WARNING, API_DESCRIPTION,
      "the action targets endpoints are deprecated"),
  // Aggregate queries
  AGGREGATE_INTERVAL_FORMAT("aggregate.interval.format", ERROR, API_DESCRIPTION,
      "'{value}' is not an ISO-8601 interval <start>/<end>"),
  AGGREGATE_INTERVAL_ORDER("aggregate.interval.order", ERROR, API_DESCRIPTION, "'{value}' does not end after it starts"),
  AGGREGATE_GRANULARITY_FORMAT("aggregate.granularity.format", ERROR, API_DESCRIPTION,
      "'{value}' is not an ISO-8601 duration such as P1D or PT1H"),
  AGGREGATE_GRANULARITY_TOO_LONG("aggregate.granularity.exceedsInterval", ERROR, INFERENCE,
      "'{value}' is longer than the interval '{interval}'"),
  AGGREGATE_GRANULARITY_UNEVEN("aggregate.granularity.uneven", ERROR, INFERENCE,
      "'{value}' does not divide the interval '{interval}' into whole buckets (the last would be shorter)"),
  AGGREGATE_TIME_ZONE("aggregate.timeZone.unknown", ERROR, API_DESCRIPTION,
      "'{value}' is not an IANA time zone name such as UTC or Europe/London"),
  AGGREGATE_VIEW_NAME_DUPLICATE("aggregate.view.name.duplicate", ERROR, API_DESCRIPTION,
      "'{value}' is the name of another view"),
  AGGREGATE_VIEW_NAME_METRIC("aggregate.view.name.metric", ERROR, API_DESCRIPTION,
      "'{value}' is the name of a built-in metric"),
  AGGREGATE_VIEW_RANGE_MISSING("aggregate.view.range.missing", ERROR, API_DESCRIPTION,
      "is required by the view function rangeBound"),
  AGGREGATE_RANGE_EMPTY("aggregate.range.empty", ERROR, INFERENCE, "has no bound, or its lower bound is not below its upper bound"),
  AGGREGATE_FILTER_EMPTY("aggregate.filter.empty", ERROR, INFERENCE, "has neither clauses nor predicates"),
  AGGREGATE_FILTER_NESTING("aggregate.filter.nesting", ERROR, API_DESCRIPTION,
      "nests clauses deeper than two levels (filter, clause, predicate)"),
  AGGREGATE_PREDICATE_VALUE_MISSING("aggregate.predicate.value.missing", ERROR, API_DESCRIPTION,
      "operator '{operator}' needs a value or a range"),
  AGGREGATE_PREDICATE_VALUE_UNEXPECTED("aggregate.predicate.value.unexpected", WARNING, INFERENCE,
      "is ignored by operator '{operator}'"),
  AGGREGATE_PREDICATE_VALUE_AND_RANGE("aggregate.predicate.valueAndRange", ERROR, INFERENCE,
      "a predicate takes a value or a range, not both"),
  AGGREGATE_PREDICATE_DIMENSION_MISSING("aggregate.predicate.dimension.missing", ERROR, INFERENCE,
      "is required for a dimension predicate"),
  // Query parameters
  QUERY_VALUE_NEEDS_FIELDS("query.queryValue.requiresQueryFields", ERROR, API_DESCRIPTION,
      "queryValue needs queryFields to also be set"),
  QUERY_FIELDS_NEED_VALUE("query.queryFields.requiresQueryValue", ERROR, API_DESCRIPTION,
      "queryFields needs queryValue to also be set"),
  QUERY_FILTER_VALUE_NEEDS_FIELD("query.filterValue.requiresFilterField", ERROR, API_DESCRIPTION,
      "filterValue needs filterField to also be set"),
  QUERY_FILTER_FIELD_NEEDS_VALUE("query.filterField.requiresFilterValue", ERROR, API_DESCRIPTION,
      "filterField needs filterValue to also be set"),
  QUERY_IDS_EXCLUSIVE("query.ids.exclusive", ERROR, API_DESCRIPTION,
      "{ids} is not compatible with {other}"),
  QUERY_IDS_TOO_MANY("query.ids.tooMany", ERROR, API_DESCRIPTION, "allows at most {max} ids per request, was {value}"),
  QUERY_IDS_BLANK("query.ids.blank", ERROR, INFERENCE, "an id must not be blank"),
  QUERY_PAGE_NUMBER("query.pageNumber.range", ERROR, INFERENCE, "must be 1 or more (pages start at 1), was {value}"),
  QUERY_PAGE_SIZE("query.pageSize.range", ERROR, INFERENCE, "must be 1 or more, was {value}"),
  QUERY_SORT_BY("query.sortBy.syntax", ERROR, API_DESCRIPTION,
      "'{value}' is not a comma-separated list of fields, each optionally prefixed with '-'"),
  QUERY_PARAMETER_TYPE("query.parameter.type", ERROR, INFERENCE, "'{value}' is not a valid {type}"),
  // Cross-object rules
  REF_UNRESOLVED("ref.unresolved", ERROR, INFERENCE, "'{value}' names no {kind} of the bundle"),
  REF_WRONG_KIND("ref.wrongKind", ERROR, INFERENCE, "'{value}' is a reference of kind {actual} where kind {kind} is expected"),
  REF_MALFORMED("ref.malformed", ERROR, INFERENCE, "'{value}' looks like a reference but is not ${kind:name}"),
  REF_TEMPLATE_MEDIA_TYPE("ref.actionTemplate.mediaType", ERROR, INFERENCE,
      "action template '{value}' has media type '{templateMediaType}', the action '{mediaType}'"),
  REF_TEMPLATE_DELETED("ref.actionTemplate.deleted", ERROR, INFERENCE,
      "action template '{value}' has state Deleted in the same bundle"),
  REF_INACTIVE("ref.inactive", WARNING, INFERENCE, "{kind} '{value}' is not active: this trigger never fires"),
  REF_DIMENSION("ref.dimension", ERROR, INFERENCE,
      "'{value}' stands on {dimension}, whose values are not ids of Journey objects"),
  BUNDLE_NAME_DUPLICATE("bundle.name.duplicate", ERROR, INFERENCE,
      "'{value}' is used by {count} {kind}s: names identify objects against the org and must be unique"),
  // Requests and input
  REQUEST_BODY_MISSING("request.body.missing", ERROR, INFERENCE, "{operation} sends no body"),
  REQUEST_PLACEHOLDER("request.placeholder", ERROR, INFERENCE,
      "'{value}' is an unresolved reference: resolve it to an id before sending"),
  INPUT_UNSUPPORTED("input.unsupported", ERROR, INFERENCE, "cannot validate {type}"),
  VALIDATOR_FAILURE("validator.failure", ERROR, INFERENCE, "could not be validated: {problem}");

  private static final Map<String, Rule> BY_CODE = new HashMap<>();

  static {
    for (Rule rule : values()) {
      BY_CODE.put(rule.code, rule);
    }
  }

  private final String code;
  private final Severity severity;
  private final Source source;
  private final String template;

  Rule(String code, Severity severity, Source source, String template) {
    this.code = code;
    this.severity = severity;
    this.source = source;
    this.template = template;
  }

  /** The stable dotted code. */
  public String code() {
    return code;
  }

  /** The severity every violation of this rule has. */
  public Severity severity() {
    return severity;
  }

  /** Where the rule comes from. */
  public Source source() {
    return source;
  }

  /** The message template, with {@code {name}} parameters. */
  public String template() {
    return template;
  }

  /** The message-template key a Bean Validation constraint of this rule carries: {@code {code}}. */
  public String key() {
    return "{" + code + "}";
  }

  /** The rule with this code. */
  public static Optional<Rule> ofCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /** The rule whose {@link #key()} is {@code template}. */
  public static Optional<Rule> ofKey(@Nullable String template) {
    if (template == null || template.length() < 3 || template.charAt(0) != '{' || template.charAt(template.length() - 1) != '}') {
      return Optional.empty();
    }
    return ofCode(template.substring(1, template.length() - 1));
  }

  /** A violation of this rule with no parameter but the rejected value. */
  public Violation at(String path, @Nullable Object rejected) {
    return at(path, rejected, Map.of());
  }

  /** A violation of this rule; the message is the template filled with {@code args} and the value. */
  public Violation at(String path, @Nullable Object rejected, Map<String, ?> args) {
    Object shown = Redaction.mask(path, rejected);
    return new Violation(path, code, Messages.render(template, shown, args), severity, shown);
  }
}
