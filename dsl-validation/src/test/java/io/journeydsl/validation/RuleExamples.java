package io.journeydsl.validation;

import static io.journeydsl.validation.Fixtures.MAP;
import static io.journeydsl.validation.Fixtures.SEGMENT;
import static io.journeydsl.validation.Fixtures.TEMPLATE;
import static io.journeydsl.validation.Fixtures.bundle;
import static io.journeydsl.validation.Fixtures.map;
import static io.journeydsl.validation.Fixtures.outcome;
import static io.journeydsl.validation.Fixtures.query;
import static io.journeydsl.validation.Fixtures.read;
import static io.journeydsl.validation.Fixtures.segment;
import static io.journeydsl.validation.Fixtures.template;
import static io.journeydsl.validation.Fixtures.with;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontarget.PatchActionTarget;
import io.journeydsl.client.ActionMapQuery;
import io.journeydsl.client.ActionTargetQuery;
import io.journeydsl.client.ActionTemplateQuery;
import io.journeydsl.client.OutcomeQuery;
import io.journeydsl.client.SegmentQuery;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.Operation;
import io.journeydsl.model.Listing;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/** For every rule code, one input that breaks exactly that rule (and the path it is reported at). */
final class RuleExamples {
  /** An input and the path the rule is expected at. */
  record Example(Object input, String path) {}

  private RuleExamples() {}

  static Map<String, Example> all() {
    Map<String, Example> e = new LinkedHashMap<>();
    String pattern = "'count':1,'streamType':'Web','sessionType':'web'";
    e.put("field.required", ex(segment("{'displayName':null}"), "segments[0].displayName"));
    e.put("field.required.olderApi", ex(map("{'pageUrlConditions':null}"), "actionMaps[M].pageUrlConditions"));
    e.put("field.blank", ex(segment("{'displayName':'  '}"), "segments[0].displayName"));
    e.put("field.notEmpty", ex(segment("{'context':{'patterns':[]}}"), "segments[S].context.patterns"));
    e.put("field.values.empty", ex(map("{'pageUrlConditions':[{'values':[],'operator':'containsAny'}]}"),
        "actionMaps[M].pageUrlConditions[0].values"));
    e.put("field.enum.unknown", ex(template("{'state':'Archived'}"), "actionTemplates[T].state"));
    e.put("field.readOnly", ex(segment("{'id':'abc'}"), "segments[S].id"));
    e.put("field.range", ex(read("{'shortAbandonThreshold':-1}", PatchActionTarget.class), "shortAbandonThreshold"));
    e.put("field.url", ex(template("{'contentOffer':{'displayMode':'Modal','layoutMode':'TextOnly','title':'x',"
        + "'callToAction':{'url':'shop'}}}"), "actionTemplates[T].contentOffer.callToAction.url"));
    e.put("segment.color.hex", ex(segment("{'color':'blue'}"), "segments[S].color"));
    e.put("segment.assignmentExpirationDays.negative", ex(segment("{'assignmentExpirationDays':-1}"),
        "segments[S].assignmentExpirationDays"));
    e.put("segment.conditions.none", ex(segment("{'journey':null}"), "segments[S]"));
    e.put("actionMap.weight.range", ex(map("{'weight':5}"), "actionMaps[M].weight"));
    e.put("actionMap.endDate.beforeStartDate", ex(map("{'startDate':'2024-02-01T00:00:00Z','endDate':'2024-01-01T00:00:00Z'}"),
        "actionMaps[M].endDate"));
    e.put("actionMap.trigger.none", ex(map("{'triggerWithSegments':[]}"), "actionMaps[M]"));
    e.put("actionMap.action.missing", ex(map("{'action':null}"), "actionMaps[M].action"));
    e.put("actionMap.triggerWithSegments.duplicate", ex(map("{'triggerWithSegments':['${segment:S}','${segment:S}']}"),
        "actionMaps[M].triggerWithSegments[1]"));
    e.put("actionMap.activation.missing", ex(map("{'activation':null}"), "actionMaps[M].activation"));
    e.put("activation.delayInSeconds.missing", ex(map("{'activation':{'type':'delay'}}"),
        "actionMaps[M].activation.delayInSeconds"));
    e.put("activation.delayInSeconds.unexpected", ex(map("{'activation':{'type':'immediate','delayInSeconds':10}}"),
        "actionMaps[M].activation.delayInSeconds"));
    e.put("activation.delayInSeconds.negative", ex(map("{'activation':{'type':'delay','delayInSeconds':-5}}"),
        "actionMaps[M].activation.delayInSeconds"));
    e.put("probability.range", ex(map("{'triggerWithOutcomeProbabilityConditions':[{'outcomeId':'o1','maximumProbability':1.5}]}"),
        "actionMaps[M].triggerWithOutcomeProbabilityConditions[0].maximumProbability"));
    e.put("probability.order", ex(map("{'triggerWithOutcomeProbabilityConditions':[{'outcomeId':'o1',"
        + "'maximumProbability':0.8,'probability':0.5}]}"), "actionMaps[M].triggerWithOutcomeProbabilityConditions[0].probability"));
    e.put("quantile.range", ex(map("{'triggerWithOutcomeQuantileConditions':[{'outcomeId':'o1','maxQuantileThreshold':2}]}"),
        "actionMaps[M].triggerWithOutcomeQuantileConditions[0].maxQuantileThreshold"));
    e.put("quantile.order", ex(map("{'triggerWithOutcomeQuantileConditions':[{'outcomeId':'o1','maxQuantileThreshold':0.3,"
        + "'fallbackQuantileThreshold':0.5}]}"), "actionMaps[M].triggerWithOutcomeQuantileConditions[0].fallbackQuantileThreshold"));
    e.put("percentile.range", ex(map("{'triggerWithOutcomePercentileConditions':[{'outcomeId':'o1','maximumPercentile':120}]}"),
        "actionMaps[M].triggerWithOutcomePercentileConditions[0].maximumPercentile"));
    e.put("serviceLevel.percentage.range", ex(read("{'serviceLevel':{'percentage':2}}", PatchActionTarget.class),
        "serviceLevel.percentage"));
    e.put("style.opacity.range", ex(template("{'contentOffer':{'displayMode':'Modal','layoutMode':'TextOnly','title':'x',"
        + "'style':{'closeButton':{'opacity':3}}}}"), "actionTemplates[T].contentOffer.style.closeButton.opacity"));
    e.put("journeyPattern.count.range", ex(segment("{'journey':{'patterns':[{'criteria':[{'key':'page.url','values':['/p'],"
        + "'shouldIgnoreCase':false}],'count':0,'streamType':'Web','sessionType':'web'}]}}"), "segments[S].journey.patterns[0].count"));
    e.put("action.fields.mismatch", ex(map("{'action':{'mediaType':'contentOffer','actionTemplate':{'id':'${actionTemplate:T}'},"
        + "'architectFlowFields':{'architectFlow':{'id':'f1'}}}}"), "actionMaps[M].action.architectFlowFields"));
    e.put("action.actionTemplate.missing", ex(map("{'action':{'mediaType':'contentOffer'}}"),
        "actionMaps[M].action.actionTemplate.id"));
    e.put("action.architectFlow.missing", ex(map("{'action':{'mediaType':'architectFlow','architectFlowFields':{}}}"),
        "actionMaps[M].action.architectFlowFields.architectFlow.id"));
    e.put("action.openAction.missing", ex(map("{'action':{'mediaType':'openAction'}}"), "actionMaps[M].action.openActionFields"));
    e.put("deprecated.action.isPacingEnabled", ex(map("{'action':{'mediaType':'webMessagingOffer','isPacingEnabled':true}}"),
        "actionMaps[M].action.isPacingEnabled"));
    e.put("action.mediaType.unsupported", ex(map("{'action':{'mediaType':'integrationAction'}}"), "actionMaps[M].action.mediaType"));
    e.put("requestMapping.value.type", ex(map("{'action':{'mediaType':'architectFlow','architectFlowFields':{'architectFlow':"
        + "{'id':'f1'},'flowRequestMappings':[{'name':'n','attributeType':'Integer','mappingType':'HardCoded','value':'abc'}]}}}"),
        "actionMaps[M].action.architectFlowFields.flowRequestMappings[0].value"));
    e.put("stream.streamType.unsupported", ex(segment("{'journey':{'patterns':[{'criteria':[{'key':'page.url','values':['/p'],"
        + "'shouldIgnoreCase':false}],'count':1,'streamType':'Custom','sessionType':'web'}]}}"), "segments[S].journey.patterns[0].streamType"));
    e.put("stream.sessionType.unknown", ex(segment("{'journey':{'patterns':[{'criteria':[{'key':'page.url','values':['/p'],"
        + "'shouldIgnoreCase':false}],'count':1,'sessionType':'kiosk'}]}}"), "segments[S].journey.patterns[0].sessionType"));
    e.put("stream.sessionType.mismatch", ex(map("{'triggerWithEventConditions':[{'key':'page.title','values':['x'],"
        + "'streamType':'Web','sessionType':'app'}]}"), "actionMaps[M].triggerWithEventConditions[0].sessionType"));
    e.put("criteria.context.key", ex(segment("{'context':{'patterns':[{'criteria':[{'key':'device.colour','values':['x'],"
        + "'shouldIgnoreCase':false,'entityType':'visit'}]}]}}"), "segments[S].context.patterns[0].criteria[0].key"));
    e.put("criteria.context.entityType", ex(segment("{'context':{'patterns':[{'criteria':[{'key':'device.type','values':['x'],"
        + "'shouldIgnoreCase':false}]}]}}"), "segments[S].context.patterns[0].criteria[0].entityType"));
    e.put("criteria.operator.key", ex(segment("{'journey':{'patterns':[{'criteria':[{'key':'page.title','values':['a'],"
        + "'shouldIgnoreCase':false,'operator':'greaterThan'}]," + pattern + "}]}}"),
        "segments[S].journey.patterns[0].criteria[0].operator"));
    e.put("eventCondition.key", ex(map("{'triggerWithEventConditions':[{'key':'attributes.total.value','values':['x'],"
        + "'streamType':'Web','sessionType':'web'}]}"), "actionMaps[M].triggerWithEventConditions[0].key"));
    e.put("criteria.journey.key", ex(segment("{'journey':{'patterns':[{'criteria':[{'key':'page.colour','values':['/p'],"
        + "'shouldIgnoreCase':false}]," + pattern + "}]}}"), "segments[S].journey.patterns[0].criteria[0].key"));
    e.put("actionTemplate.contentOffer.missing", ex(template("{'contentOffer':null}"), "actionTemplates[T].contentOffer"));
    e.put("actionTemplate.contentOffer.unexpected", ex(bundle(SEGMENT, with(TEMPLATE, "{'mediaType':'architectFlow'}"),
        with(MAP, "{'action':{'mediaType':'architectFlow','architectFlowFields':{'architectFlow':{'id':'f1'}}}}")),
        "actionTemplates[T].contentOffer"));
    e.put("contentOffer.imageUrl.missing", ex(template("{'contentOffer':{'displayMode':'Modal','layoutMode':'LeftText','title':'x'}}"),
        "actionTemplates[T].contentOffer.imageUrl"));
    e.put("contentOffer.text.missing", ex(template("{'contentOffer':{'displayMode':'Modal','layoutMode':'TextOnly'}}"),
        "actionTemplates[T].contentOffer.layoutMode"));
    e.put("outcome.associatedValueField.name", ex(outcome("{'associatedValueField':{'dataType':'Number','name':'total'}}"),
        "outcomes[O].associatedValueField.name"));
    e.put("deprecated.mediaType.webchat", ex(map("{'action':{'mediaType':'webchat','props':{'webchatPrompt':'Hi'}}}"),
        "actionMaps[M].action.mediaType"));
    e.put("deprecated.actionMap.outcomeConditions", ex(map("{'triggerWithOutcomeQuantileConditions':[{'outcomeId':'o1',"
        + "'maxQuantileThreshold':0.5}]}"), "actionMaps[M].triggerWithOutcomeQuantileConditions"));
    e.put("deprecated.actionMap.percentileConditions", ex(map("{'triggerWithOutcomePercentileConditions':[{'outcomeId':'o1',"
        + "'maximumPercentile':50}]}"), "actionMaps[M].triggerWithOutcomePercentileConditions"));
    e.put("deprecated.segment.scope", ex(segment("{'scope':'Session'}"), "segments[S].scope"));
    e.put("deprecated.segment.externalSegment", ex(segment("{'externalSegment':{'id':'x','name':'X','source':'Custom'}}"),
        "segments[S].externalSegment"));
    e.put("deprecated.endpoint.outcomes", ex(outcome("{}"), "outcomes[O]"));
    e.put("deprecated.endpoint.actionTargets", ex(ActionTargetQuery.all(), ""));
    e.put("aggregate.interval.format", ex(query("{'interval':'yesterday'}"), "aggregateQueries[0].interval"));
    e.put("aggregate.interval.order", ex(query("{'interval':'2024-01-08T00:00:00Z/2024-01-01T00:00:00Z'}"),
        "aggregateQueries[0].interval"));
    e.put("aggregate.granularity.format", ex(query("{'granularity':'1 day'}"), "aggregateQueries[0].granularity"));
    e.put("aggregate.granularity.exceedsInterval", ex(query("{'granularity':'P1M'}"), "aggregateQueries[0].granularity"));
    e.put("aggregate.granularity.uneven", ex(query("{'granularity':'PT5H'}"), "aggregateQueries[0].granularity"));
    e.put("aggregate.timeZone.unknown", ex(query("{'timeZone':'Mars/Olympus'}"), "aggregateQueries[0].timeZone"));
    e.put("aggregate.view.name.duplicate", ex(query("{'views':[{'target':'nJourneySessions','name':'v','function':'rangeBound',"
        + "'range':{'gte':1}},{'target':'nJourneySessions','name':'v','function':'rangeBound','range':{'gte':1}}]}"),
        "aggregateQueries[0].views[1].name"));
    e.put("aggregate.view.name.metric", ex(query("{'views':[{'target':'nJourneySessions','name':'nWebActionsOffered',"
        + "'function':'rangeBound','range':{'gte':1}}]}"), "aggregateQueries[0].views[0].name"));
    e.put("aggregate.view.range.missing", ex(query("{'views':[{'target':'nJourneySessions','name':'v','function':'rangeBound'}]}"),
        "aggregateQueries[0].views[0].range"));
    e.put("aggregate.range.empty", ex(query("{'views':[{'target':'nJourneySessions','name':'v','function':'rangeBound',"
        + "'range':{'gte':5,'lt':1}}]}"), "aggregateQueries[0].views[0].range"));
    e.put("aggregate.filter.empty", ex(query("{'filter':{'type':'and'}}"), "aggregateQueries[0].filter"));
    e.put("aggregate.filter.nesting", ex(query("{'filter':{'type':'and','clauses':[{'type':'or','predicates':"
        + "[{'dimension':'journeySegmentId','value':'s'}],'clauses':[]}]}}"), "aggregateQueries[0].filter.clauses[0].clauses"));
    e.put("aggregate.predicate.value.missing", ex(query("{'filter':{'type':'and','predicates':[{'dimension':'journeySegmentId'}]}}"),
        "aggregateQueries[0].filter.predicates[0].value"));
    e.put("aggregate.predicate.value.unexpected", ex(query("{'filter':{'type':'and','predicates':[{'dimension':"
        + "'journeySegmentId','operator':'exists','value':'s'}]}}"), "aggregateQueries[0].filter.predicates[0].value"));
    e.put("aggregate.predicate.valueAndRange", ex(query("{'filter':{'type':'and','predicates':[{'dimension':"
        + "'journeySegmentId','value':'s','range':{'gt':1}}]}}"), "aggregateQueries[0].filter.predicates[0].range"));
    e.put("aggregate.predicate.dimension.missing", ex(query("{'filter':{'type':'and','predicates':[{'value':'s'}]}}"),
        "aggregateQueries[0].filter.predicates[0].dimension"));
    e.put("query.queryValue.requiresQueryFields", ex(SegmentQuery.builder().queryValue("x").build(), "queryValue"));
    e.put("query.queryFields.requiresQueryValue", ex(OutcomeQuery.builder().addQueryField("displayName").build(), "queryFields"));
    e.put("query.filterValue.requiresFilterField", ex(ActionMapQuery.builder().filterValue("2").build(), "filterValue"));
    e.put("query.filterField.requiresFilterValue", ex(ActionMapQuery.builder().filterField("weight").build(), "filterField"));
    e.put("query.ids.exclusive", ex(SegmentQuery.builder().addSegmentId("s1").pageSize(10).build(), "segmentIds"));
    e.put("query.ids.tooMany", ex(OutcomeQuery.builder().outcomeIds(IntStream.range(0, 21).mapToObj(i -> "o" + i).toList())
        .build(), "outcomeIds"));
    e.put("query.ids.blank", ex(ActionMapQuery.builder().addActionMapId(" ").build(), "actionMapIds[0]"));
    e.put("query.pageNumber.range", ex(ActionTemplateQuery.builder().pageNumber(0).build(), "pageNumber"));
    e.put("query.pageSize.range", ex(ActionTargetQuery.builder().pageSize(-1).build(), "pageSize"));
    e.put("query.sortBy.syntax", ex(SegmentQuery.builder().sortBy("displayName,,").build(), "sortBy"));
    e.put("query.parameter.type", ex(JourneyOperation.builder(Operation.GET_JOURNEY_SEGMENTS, Listing.class)
        .queryParameter("pageSize", "ten").build(), "pageSize"));
    e.put("ref.unresolved", ex(map("{'triggerWithSegments':['${segment:Nobody}']}"), "actionMaps[M].triggerWithSegments[0]"));
    e.put("ref.wrongKind", ex(map("{'triggerWithSegments':['${outcome:S}']}"), "actionMaps[M].triggerWithSegments[0]"));
    e.put("ref.dimension", ex(query("{'filter':{'type':'and','predicates':[{'type':'dimension','dimension':"
        + "'journeyActionMediaType','operator':'matches','value':'${actionMap:M}'}]}}"),
        "aggregateQueries[0].filter.predicates[0].value"));
    e.put("ref.malformed", ex(map("{'triggerWithSegments':['${segment:}']}"), "actionMaps[M].triggerWithSegments[0]"));
    e.put("ref.actionTemplate.mediaType", ex(bundle(SEGMENT, with(TEMPLATE, "{'mediaType':'openAction','contentOffer':null}"), MAP),
        "actionMaps[M].action.actionTemplate.id"));
    e.put("ref.actionTemplate.deleted", ex(template("{'state':'Deleted'}"), "actionMaps[M].action.actionTemplate.id"));
    e.put("ref.inactive", ex(segment("{'isActive':false}"), "actionMaps[M].triggerWithSegments[0]"));
    e.put("bundle.name.duplicate", ex(bundle(SEGMENT + "," + SEGMENT, TEMPLATE, MAP), "segments[S].displayName"));
    e.put("request.body.missing", ex(JourneyOperation.builder(Operation.POST_JOURNEY_SEGMENTS,
        io.journeydsl.segment.JourneySegment.class).build(), "body"));
    e.put("request.placeholder", ex(JourneyOperation.builder(Operation.POST_JOURNEY_ACTIONMAPS, ActionMap.class)
        .body(read(MAP, ActionMap.class)).build(), "body.triggerWithSegments[0]"));
    e.put("input.unsupported", ex("a string", ""));
    e.put("validator.failure", ex(FAILING, ""));
    return Collections.unmodifiableMap(e);
  }

  /** Validated with a rule that throws: the failure is a violation, not an exception. */
  static final Object FAILING = new Object();

  /** Validates an example the way it must be validated ({@link #FAILING} with a throwing rule). */
  static ValidationReport validate(Object input) {
    if (input == FAILING) {
      return JourneyValidator.builder().addRule((config, out) -> {
        throw new IllegalStateException("boom");
      }).build().validate(io.journeydsl.JourneyConfig.builder().build());
    }
    return JourneyValidator.create().validate(input);
  }

  private static Example ex(Object input, String path) {
    return new Example(input, path);
  }

}
