package io.journeydsl.testkit.simulator.internal;

import io.journeydsl.model.MediaType;
import java.time.Instant;
import java.util.List;

/** A compiled action map, its references resolved against the configuration. */
final class MapRule {
  /** Activation types as the API's clients spell them. */
  enum Activation { IMMEDIATE, ON_NEXT_VISIT, ON_NEXT_SESSION, DELAY }

  final int index;
  final String name;
  final String id;
  final boolean active;
  final Instant startDate;
  final Instant endDate;
  /** Indexes of the trigger segments found in the configuration. */
  final int[] triggerSegments;
  /** Trigger segment references that name no segment of the configuration. */
  final List<String> unknownSegments;
  final EventPattern[] eventConditions;
  final int conditionOffset;
  final List<OutcomeCondition> outcomeConditions;
  final Criterion[] urlConditions;
  final Activation activation;
  final String activationShown;
  final long delaySeconds;
  final int weight;
  final boolean weightGiven;
  final MediaType mediaType;
  final String template;
  final String scheduleGroup;
  final String emergencyGroup;
  final boolean ignoreFrequencyCap;

  MapRule(int index, String name, String id, boolean active, Instant startDate, Instant endDate, int[] triggerSegments,
      List<String> unknownSegments, EventPattern[] eventConditions, int conditionOffset,
      List<OutcomeCondition> outcomeConditions, Criterion[] urlConditions, Activation activation, String activationShown,
      long delaySeconds, Integer weight, MediaType mediaType, String template, String scheduleGroup,
      String emergencyGroup, boolean ignoreFrequencyCap) {
    this.index = index;
    this.name = name;
    this.id = id;
    this.active = active;
    this.startDate = startDate;
    this.endDate = endDate;
    this.triggerSegments = triggerSegments;
    this.unknownSegments = unknownSegments;
    this.eventConditions = eventConditions;
    this.conditionOffset = conditionOffset;
    this.outcomeConditions = outcomeConditions;
    this.urlConditions = urlConditions;
    this.activation = activation;
    this.activationShown = activationShown;
    this.delaySeconds = delaySeconds;
    // An absent weight is taken as 2 (Medium), Terraform's default.
    this.weight = weight == null ? 2 : weight;
    this.weightGiven = weight != null;
    this.mediaType = mediaType;
    this.template = template;
    this.scheduleGroup = scheduleGroup;
    this.emergencyGroup = emergencyGroup;
    this.ignoreFrequencyCap = ignoreFrequencyCap;
  }

  /** Web actions are shown on a page; only they have URL conditions, priorities and frequency caps. */
  boolean isWebAction() {
    return MediaType.CONTENT_OFFER.equals(mediaType) || MediaType.WEBCHAT.equals(mediaType)
        || MediaType.WEB_MESSAGING_OFFER.equals(mediaType);
  }

  /** Whether a page URL satisfies every URL condition (a web action without conditions shows on every page). */
  boolean pageAccepts(String url) {
    if (url == null) {
      return false;
    }
    for (Criterion c : urlConditions) {
      if (!c.test(url)) {
        return false;
      }
    }
    return true;
  }

  /** Like {@link #pageAccepts(String)}, reading the page URL of an event's values. */
  boolean pageAccepts(Fields fields) {
    if (fields.get("page.url") == null) {
      return false;
    }
    for (Criterion c : urlConditions) {
      if (!c.test(fields)) {
        return false;
      }
    }
    return true;
  }

  /** The first URL condition {@code url} fails, or null. */
  Criterion firstUrlFailure(String url) {
    for (Criterion c : urlConditions) {
      if (!c.test(url)) {
        return c;
      }
    }
    return null;
  }
}
