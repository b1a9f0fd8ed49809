package io.journeydsl.validation;

/**
 * The code of every rule {@link JourneyValidator} can report, as constants for tests and for
 * {@link JourneyValidator.Builder#ignore(String)} and {@link JourneyValidator.Builder#severity(String, Severity)}:
 * {@code assertThat(report.codes()).contains(RuleCodes.SEGMENT_COLOR_HEX)}. Codes are stable; each is
 * documented, with its default severity, in {@code docs/validation-rules.md}.
 */
public final class RuleCodes {
  /** {@code field.required} (ERROR by default). */
  public static final String FIELD_REQUIRED = "field.required";

  /** {@code field.required.olderApi} (WARNING by default). */
  public static final String FIELD_REQUIRED_OLDER_API = "field.required.olderApi";

  /** {@code field.blank} (ERROR by default). */
  public static final String FIELD_BLANK = "field.blank";

  /** {@code field.notEmpty} (ERROR by default). */
  public static final String FIELD_NOT_EMPTY = "field.notEmpty";

  /** {@code field.values.empty} (WARNING by default). */
  public static final String FIELD_VALUES_EMPTY = "field.values.empty";

  /** {@code field.enum.unknown} (ERROR by default). */
  public static final String FIELD_ENUM_UNKNOWN = "field.enum.unknown";

  /** {@code field.readOnly} (INFO by default). */
  public static final String FIELD_READ_ONLY = "field.readOnly";

  /** {@code field.range} (ERROR by default). */
  public static final String FIELD_RANGE = "field.range";

  /** {@code field.url} (ERROR by default). */
  public static final String FIELD_URL = "field.url";

  /** {@code segment.color.hex} (ERROR by default). */
  public static final String SEGMENT_COLOR_HEX = "segment.color.hex";

  /** {@code segment.assignmentExpirationDays.negative} (ERROR by default). */
  public static final String SEGMENT_EXPIRATION_NEGATIVE = "segment.assignmentExpirationDays.negative";

  /** {@code segment.conditions.none} (WARNING by default). */
  public static final String SEGMENT_CONDITIONS_NONE = "segment.conditions.none";

  /** {@code actionMap.weight.range} (ERROR by default). */
  public static final String ACTION_MAP_WEIGHT_RANGE = "actionMap.weight.range";

  /** {@code actionMap.endDate.beforeStartDate} (ERROR by default). */
  public static final String ACTION_MAP_END_BEFORE_START = "actionMap.endDate.beforeStartDate";

  /** {@code actionMap.trigger.none} (WARNING by default). */
  public static final String ACTION_MAP_TRIGGER_NONE = "actionMap.trigger.none";

  /** {@code actionMap.action.missing} (ERROR by default). */
  public static final String ACTION_MAP_ACTION_MISSING = "actionMap.action.missing";

  /** {@code actionMap.triggerWithSegments.duplicate} (WARNING by default). */
  public static final String ACTION_MAP_SEGMENT_DUPLICATE = "actionMap.triggerWithSegments.duplicate";

  /** {@code actionMap.activation.missing} (WARNING by default). */
  public static final String ACTION_MAP_ACTIVATION_MISSING = "actionMap.activation.missing";

  /** {@code activation.delayInSeconds.missing} (ERROR by default). */
  public static final String ACTIVATION_DELAY_MISSING = "activation.delayInSeconds.missing";

  /** {@code activation.delayInSeconds.unexpected} (ERROR by default). */
  public static final String ACTIVATION_DELAY_UNEXPECTED = "activation.delayInSeconds.unexpected";

  /** {@code activation.delayInSeconds.negative} (ERROR by default). */
  public static final String ACTIVATION_DELAY_NEGATIVE = "activation.delayInSeconds.negative";

  /** {@code probability.range} (ERROR by default). */
  public static final String PROBABILITY_RANGE = "probability.range";

  /** {@code probability.order} (WARNING by default). */
  public static final String PROBABILITY_ORDER = "probability.order";

  /** {@code quantile.range} (ERROR by default). */
  public static final String QUANTILE_RANGE = "quantile.range";

  /** {@code quantile.order} (WARNING by default). */
  public static final String QUANTILE_ORDER = "quantile.order";

  /** {@code serviceLevel.percentage.range} (ERROR by default). */
  public static final String SERVICE_LEVEL_PERCENTAGE = "serviceLevel.percentage.range";

  /** {@code style.opacity.range} (WARNING by default). */
  public static final String STYLE_OPACITY_RANGE = "style.opacity.range";

  /** {@code journeyPattern.count.range} (ERROR by default). */
  public static final String JOURNEY_PATTERN_COUNT = "journeyPattern.count.range";

  /** {@code percentile.range} (ERROR by default). */
  public static final String PERCENTILE_RANGE = "percentile.range";

  /** {@code action.fields.mismatch} (ERROR by default). */
  public static final String ACTION_FIELDS_MISMATCH = "action.fields.mismatch";

  /** {@code action.actionTemplate.missing} (ERROR by default). */
  public static final String ACTION_TEMPLATE_MISSING = "action.actionTemplate.missing";

  /** {@code action.architectFlow.missing} (ERROR by default). */
  public static final String ACTION_ARCHITECT_FLOW_MISSING = "action.architectFlow.missing";

  /** {@code action.openAction.missing} (ERROR by default). */
  public static final String ACTION_OPEN_ACTION_MISSING = "action.openAction.missing";

  /** {@code deprecated.action.isPacingEnabled} (WARNING by default). */
  public static final String ACTION_PACING_DEPRECATED = "deprecated.action.isPacingEnabled";

  /** {@code action.mediaType.unsupported} (WARNING by default). */
  public static final String ACTION_MEDIA_TYPE_UNSUPPORTED = "action.mediaType.unsupported";

  /** {@code requestMapping.value.type} (WARNING by default). */
  public static final String REQUEST_MAPPING_VALUE_TYPE = "requestMapping.value.type";

  /** {@code stream.streamType.unsupported} (WARNING by default). */
  public static final String STREAM_TYPE_UNSUPPORTED = "stream.streamType.unsupported";

  /** {@code stream.sessionType.unknown} (WARNING by default). */
  public static final String STREAM_SESSION_TYPE_UNKNOWN = "stream.sessionType.unknown";

  /** {@code stream.sessionType.mismatch} (ERROR by default). */
  public static final String STREAM_SESSION_TYPE_MISMATCH = "stream.sessionType.mismatch";

  /** {@code criteria.context.key} (ERROR by default). */
  public static final String CRITERIA_CONTEXT_KEY = "criteria.context.key";

  /** {@code criteria.context.entityType} (ERROR by default). */
  public static final String CRITERIA_CONTEXT_ENTITY_TYPE = "criteria.context.entityType";

  /** {@code criteria.operator.key} (ERROR by default). */
  public static final String CRITERIA_OPERATOR_KEY = "criteria.operator.key";

  /** {@code eventCondition.key} (ERROR by default). */
  public static final String EVENT_CONDITION_KEY = "eventCondition.key";

  /** {@code criteria.journey.key} (ERROR by default). */
  public static final String CRITERIA_JOURNEY_KEY = "criteria.journey.key";

  /** {@code actionTemplate.contentOffer.missing} (ERROR by default). */
  public static final String ACTION_TEMPLATE_CONTENT_OFFER_MISSING = "actionTemplate.contentOffer.missing";

  /** {@code actionTemplate.contentOffer.unexpected} (WARNING by default). */
  public static final String ACTION_TEMPLATE_CONTENT_OFFER_UNEXPECTED = "actionTemplate.contentOffer.unexpected";

  /** {@code contentOffer.imageUrl.missing} (WARNING by default). */
  public static final String CONTENT_OFFER_IMAGE_MISSING = "contentOffer.imageUrl.missing";

  /** {@code contentOffer.text.missing} (WARNING by default). */
  public static final String CONTENT_OFFER_TEXT_MISSING = "contentOffer.text.missing";

  /** {@code outcome.associatedValueField.name} (ERROR by default). */
  public static final String OUTCOME_VALUE_FIELD_NAME = "outcome.associatedValueField.name";

  /** {@code deprecated.mediaType.webchat} (WARNING by default). */
  public static final String DEPRECATED_WEBCHAT = "deprecated.mediaType.webchat";

  /** {@code deprecated.actionMap.outcomeConditions} (WARNING by default). */
  public static final String DEPRECATED_OUTCOME_CONDITIONS = "deprecated.actionMap.outcomeConditions";

  /** {@code deprecated.actionMap.percentileConditions} (WARNING by default). */
  public static final String DEPRECATED_PERCENTILE_CONDITIONS = "deprecated.actionMap.percentileConditions";

  /** {@code deprecated.segment.scope} (WARNING by default). */
  public static final String DEPRECATED_SEGMENT_SCOPE = "deprecated.segment.scope";

  /** {@code deprecated.segment.externalSegment} (WARNING by default). */
  public static final String DEPRECATED_EXTERNAL_SEGMENT = "deprecated.segment.externalSegment";

  /** {@code deprecated.endpoint.outcomes} (WARNING by default). */
  public static final String DEPRECATED_OUTCOMES_ENDPOINT = "deprecated.endpoint.outcomes";

  /** {@code deprecated.endpoint.actionTargets} (WARNING by default). */
  public static final String DEPRECATED_ACTION_TARGETS_ENDPOINT = "deprecated.endpoint.actionTargets";

  /** {@code aggregate.interval.format} (ERROR by default). */
  public static final String AGGREGATE_INTERVAL_FORMAT = "aggregate.interval.format";

  /** {@code aggregate.interval.order} (ERROR by default). */
  public static final String AGGREGATE_INTERVAL_ORDER = "aggregate.interval.order";

  /** {@code aggregate.granularity.format} (ERROR by default). */
  public static final String AGGREGATE_GRANULARITY_FORMAT = "aggregate.granularity.format";

  /** {@code aggregate.granularity.exceedsInterval} (ERROR by default). */
  public static final String AGGREGATE_GRANULARITY_TOO_LONG = "aggregate.granularity.exceedsInterval";

  /** {@code aggregate.granularity.uneven} (ERROR by default). */
  public static final String AGGREGATE_GRANULARITY_UNEVEN = "aggregate.granularity.uneven";

  /** {@code aggregate.timeZone.unknown} (ERROR by default). */
  public static final String AGGREGATE_TIME_ZONE = "aggregate.timeZone.unknown";

  /** {@code aggregate.view.name.duplicate} (ERROR by default). */
  public static final String AGGREGATE_VIEW_NAME_DUPLICATE = "aggregate.view.name.duplicate";

  /** {@code aggregate.view.name.metric} (ERROR by default). */
  public static final String AGGREGATE_VIEW_NAME_METRIC = "aggregate.view.name.metric";

  /** {@code aggregate.view.range.missing} (ERROR by default). */
  public static final String AGGREGATE_VIEW_RANGE_MISSING = "aggregate.view.range.missing";

  /** {@code aggregate.range.empty} (ERROR by default). */
  public static final String AGGREGATE_RANGE_EMPTY = "aggregate.range.empty";

  /** {@code aggregate.filter.empty} (ERROR by default). */
  public static final String AGGREGATE_FILTER_EMPTY = "aggregate.filter.empty";

  /** {@code aggregate.filter.nesting} (ERROR by default). */
  public static final String AGGREGATE_FILTER_NESTING = "aggregate.filter.nesting";

  /** {@code aggregate.predicate.value.missing} (ERROR by default). */
  public static final String AGGREGATE_PREDICATE_VALUE_MISSING = "aggregate.predicate.value.missing";

  /** {@code aggregate.predicate.value.unexpected} (WARNING by default). */
  public static final String AGGREGATE_PREDICATE_VALUE_UNEXPECTED = "aggregate.predicate.value.unexpected";

  /** {@code aggregate.predicate.valueAndRange} (ERROR by default). */
  public static final String AGGREGATE_PREDICATE_VALUE_AND_RANGE = "aggregate.predicate.valueAndRange";

  /** {@code aggregate.predicate.dimension.missing} (ERROR by default). */
  public static final String AGGREGATE_PREDICATE_DIMENSION_MISSING = "aggregate.predicate.dimension.missing";

  /** {@code query.queryValue.requiresQueryFields} (ERROR by default). */
  public static final String QUERY_VALUE_NEEDS_FIELDS = "query.queryValue.requiresQueryFields";

  /** {@code query.queryFields.requiresQueryValue} (ERROR by default). */
  public static final String QUERY_FIELDS_NEED_VALUE = "query.queryFields.requiresQueryValue";

  /** {@code query.filterValue.requiresFilterField} (ERROR by default). */
  public static final String QUERY_FILTER_VALUE_NEEDS_FIELD = "query.filterValue.requiresFilterField";

  /** {@code query.filterField.requiresFilterValue} (ERROR by default). */
  public static final String QUERY_FILTER_FIELD_NEEDS_VALUE = "query.filterField.requiresFilterValue";

  /** {@code query.ids.exclusive} (ERROR by default). */
  public static final String QUERY_IDS_EXCLUSIVE = "query.ids.exclusive";

  /** {@code query.ids.tooMany} (ERROR by default). */
  public static final String QUERY_IDS_TOO_MANY = "query.ids.tooMany";

  /** {@code query.ids.blank} (ERROR by default). */
  public static final String QUERY_IDS_BLANK = "query.ids.blank";

  /** {@code query.pageNumber.range} (ERROR by default). */
  public static final String QUERY_PAGE_NUMBER = "query.pageNumber.range";

  /** {@code query.pageSize.range} (ERROR by default). */
  public static final String QUERY_PAGE_SIZE = "query.pageSize.range";

  /** {@code query.sortBy.syntax} (ERROR by default). */
  public static final String QUERY_SORT_BY = "query.sortBy.syntax";

  /** {@code query.parameter.type} (ERROR by default). */
  public static final String QUERY_PARAMETER_TYPE = "query.parameter.type";

  /** {@code ref.unresolved} (ERROR by default). */
  public static final String REF_UNRESOLVED = "ref.unresolved";

  /** {@code ref.wrongKind} (ERROR by default). */
  public static final String REF_WRONG_KIND = "ref.wrongKind";

  /** {@code ref.malformed} (ERROR by default). */
  public static final String REF_MALFORMED = "ref.malformed";

  /** {@code ref.actionTemplate.mediaType} (ERROR by default). */
  public static final String REF_TEMPLATE_MEDIA_TYPE = "ref.actionTemplate.mediaType";

  /** {@code ref.actionTemplate.deleted} (ERROR by default). */
  public static final String REF_TEMPLATE_DELETED = "ref.actionTemplate.deleted";

  /** {@code ref.inactive} (WARNING by default). */
  public static final String REF_INACTIVE = "ref.inactive";

  /** {@code ref.dimension} (ERROR by default). */
  public static final String REF_DIMENSION = "ref.dimension";

  /** {@code bundle.name.duplicate} (ERROR by default). */
  public static final String BUNDLE_NAME_DUPLICATE = "bundle.name.duplicate";

  /** {@code request.body.missing} (ERROR by default). */
  public static final String REQUEST_BODY_MISSING = "request.body.missing";

  /** {@code request.placeholder} (ERROR by default). */
  public static final String REQUEST_PLACEHOLDER = "request.placeholder";

  /** {@code input.unsupported} (ERROR by default). */
  public static final String INPUT_UNSUPPORTED = "input.unsupported";

  /** {@code validator.failure} (ERROR by default). */
  public static final String VALIDATOR_FAILURE = "validator.failure";

  private RuleCodes() {}
}
