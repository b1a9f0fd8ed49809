package io.journeydsl.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.JourneyConfig;
import io.journeydsl.json.JourneyJson;

/**
 * Small valid bundle objects written as JSON with single quotes, and a way to override their
 * fields, so each test states only what it breaks.
 */
final class Fixtures {
  static final String SEGMENT = "{'displayName':'S','journey':{'patterns':[{'criteria':[{'key':'page.url',"
      + "'values':['/p'],'shouldIgnoreCase':false,'operator':'containsAny'}],'count':1,'streamType':'Web','sessionType':'web'}]}}";
  static final String TEMPLATE = "{'name':'T','mediaType':'contentOffer','state':'Active','contentOffer':"
      + "{'displayMode':'Modal','layoutMode':'TextOnly','title':'Hi','callToAction':{'url':'https://e.com','text':'Go'}}}";
  static final String MAP = "{'displayName':'M','triggerWithSegments':['${segment:S}'],'pageUrlConditions':"
      + "[{'values':['/p'],'operator':'containsAny'}],'activation':{'type':'immediate'},'weight':2,"
      + "'action':{'mediaType':'contentOffer','actionTemplate':{'id':'${actionTemplate:T}'}}}";
  static final String OUTCOME = "{'displayName':'O','journey':{'patterns':[{'criteria':[{'key':'page.url',"
      + "'values':['/done'],'shouldIgnoreCase':false}],'count':1,'streamType':'Web','sessionType':'web'}]}}";
  static final String QUERY = "{'interval':'2024-01-01T00:00:00Z/2024-01-08T00:00:00Z','metrics':['nJourneySessions']}";

  private Fixtures() {}

  /** {@code base} with the top-level fields of {@code override} replacing its own. */
  static String with(String base, String override) {
    try {
      ObjectNode node = (ObjectNode) JourneyJson.mapper().readTree(q(base));
      node.setAll((ObjectNode) JourneyJson.mapper().readTree(q(override)));
      return node.toString();
    } catch (Exception e) {
      throw new IllegalArgumentException(override, e);
    }
  }

  /** Single quotes to double quotes. */
  static String q(String json) {
    return json.replace('\'', '"');
  }

  /** A bundle of the given objects (JSON, single or double quotes). */
  static JourneyConfig bundle(String segments, String templates, String maps) {
    return JourneyConfig.fromJson(q("{'segments':[" + segments + "],'actionTemplates':[" + templates
        + "],'actionMaps':[" + maps + "]}"));
  }

  /** The base bundle with one action map changed. */
  static JourneyConfig map(String override) {
    return bundle(SEGMENT, TEMPLATE, with(MAP, override));
  }

  /** The base bundle with the segment changed. */
  static JourneyConfig segment(String override) {
    return bundle(with(SEGMENT, override), TEMPLATE, MAP);
  }

  /** The base bundle with the template changed. */
  static JourneyConfig template(String override) {
    return bundle(SEGMENT, with(TEMPLATE, override), MAP);
  }

  /** A bundle of one aggregate query. */
  static JourneyConfig query(String override) {
    return JourneyConfig.fromJson("{\"aggregateQueries\":[" + with(QUERY, override) + "]}");
  }

  /** A bundle of one outcome. */
  static JourneyConfig outcome(String override) {
    return JourneyConfig.fromJson("{\"outcomes\":[" + with(OUTCOME, override) + "]}");
  }

  /** A typed value read from JSON (single quotes). */
  static <T> T read(String json, Class<T> type) {
    try {
      return JourneyJson.mapper().readValue(q(json), type);
    } catch (Exception e) {
      throw new IllegalArgumentException(json, e);
    }
  }
}
