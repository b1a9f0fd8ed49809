package io.journeydsl.deploy.export.internal;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.ActionMapAction;
import io.journeydsl.actionmap.ActionMapScheduleGroups;
import io.journeydsl.actionmap.Activation;
import io.journeydsl.actionmap.EventCondition;
import io.journeydsl.actionmap.OutcomePercentileCondition;
import io.journeydsl.actionmap.OutcomeProbabilityCondition;
import io.journeydsl.actionmap.OutcomeQuantileCondition;
import io.journeydsl.actionmap.RequestMapping;
import io.journeydsl.actionmap.UrlCondition;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.ActionTemplateState;
import io.journeydsl.actiontemplate.ContentOffer;
import io.journeydsl.criteria.Criteria;
import io.journeydsl.criteria.EntityTypeCriteria;
import io.journeydsl.model.MediaType;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.pattern.Context;
import io.journeydsl.pattern.ContextPattern;
import io.journeydsl.pattern.JourneyPattern;
import io.journeydsl.pattern.VisitorJourney;
import io.journeydsl.segment.JourneySegment;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the DSL's own form for a value, where it has one: the factories of top-level objects
 * ({@code segment("...")}), expressions for nested values ({@code pattern(...)}, {@code delay(...)}),
 * and the DSL overloads of some setters ({@code journey(pattern, ...)},
 * {@code triggerWithSegments(Ref...)}, {@code action(contentOffer(...))}). Empty means: use the builder.
 */
final class DslForms {
  /** How a top-level object starts, and the attributes that start already sets. */
  record Start(String code, Set<String> covered) {}

  private final SourceWriter writer;
  private final CriteriaForms criteria;
  private final ActionMapForms maps;

  DslForms(SourceWriter writer, Imports imports) {
    this.writer = writer;
    this.criteria = new CriteriaForms(writer, imports);
    this.maps = new ActionMapForms(writer, imports);
  }

  /** The DSL factory that starts a top-level object, when its naming field is usable text. */
  Optional<Start> factory(Object object) {
    if (object instanceof JourneySegment s && usable(s.displayName())) {
      return Optional.of(new Start("segment(" + JavaLiterals.string(s.displayName()) + ")", Set.of("displayName")));
    } else if (object instanceof Outcome o && usable(o.displayName())) {
      return Optional.of(new Start("outcome(" + JavaLiterals.string(o.displayName()) + ")", Set.of("displayName")));
    } else if (object instanceof ActionMap m && usable(m.displayName())) {
      return Optional.of(new Start("actionMap(" + JavaLiterals.string(m.displayName()) + ")", Set.of("displayName")));
    } else if (object instanceof ActionTemplate t) {
      return template(t);
    }
    return Optional.empty();
  }

  /**
   * {@code contentOfferTemplate(name, o -> ...)} or {@code actionTemplate(name, mediaType)}; both set
   * the state {@code Active}, so they are used only when the template has a state (a different one
   * is set again by its setter).
   */
  private Optional<Start> template(ActionTemplate t) {
    if (!usable(t.name()) || t.mediaType() == null || t.state() == null) {
      return Optional.empty();
    }
    Set<String> covered = new HashSet<>(Set.of("name", "mediaType"));
    if (t.state().equals(ActionTemplateState.ACTIVE)) {
      covered.add("state");
    }
    String name = JavaLiterals.string(t.name());
    ContentOffer offer = t.contentOffer();
    if (t.mediaType().equals(MediaType.CONTENT_OFFER) && offer != null) {
      String lambda = writer.lambdaBody(offer, ContentOffer.class);
      if (!lambda.isEmpty()) {
        covered.add("contentOffer");
        return Optional.of(new Start("contentOfferTemplate(" + name + ", " + lambda + ")", Set.copyOf(covered)));
      }
    }
    return Optional.of(new Start("actionTemplate(" + name + ", " + writer.expression(t.mediaType()) + ")",
        Set.copyOf(covered)));
  }

  /** A DSL expression for a nested value, of the value's own type. */
  Optional<String> expression(Object value) {
    if (value instanceof Criteria c) {
      return criteria.criterion(c);
    } else if (value instanceof EntityTypeCriteria c) {
      return criteria.contextCriterion(c);
    } else if (value instanceof JourneyPattern p) {
      return criteria.journeyPattern(p);
    } else if (value instanceof ContextPattern p) {
      return criteria.contextPattern(p);
    } else if (value instanceof UrlCondition c) {
      return criteria.urlCondition(c);
    } else if (value instanceof EventCondition c) {
      return criteria.eventCondition(c);
    } else if (value instanceof OutcomeProbabilityCondition c) {
      return maps.probability(c);
    } else if (value instanceof OutcomeQuantileCondition c) {
      return maps.quantile(c);
    } else if (value instanceof OutcomePercentileCondition c) {
      return maps.percentile(c);
    } else if (value instanceof Activation a) {
      return maps.activation(a);
    } else if (value instanceof RequestMapping m) {
      return maps.requestMapping(m);
    }
    return Optional.empty();
  }

  /** The arguments of a DSL overload of the setter {@code attribute} of {@code ownerType}, for this value. */
  Optional<String> setter(Class<?> ownerType, String attribute, Object value) {
    if ((ownerType == JourneySegment.class || ownerType == Outcome.class) && value instanceof VisitorJourney j) {
      return patterns(j, j.patterns(), () -> VisitorJourney.builder().patterns(j.patterns()).build());
    } else if ((ownerType == JourneySegment.class || ownerType == Outcome.class) && value instanceof Context c) {
      return patterns(c, c.patterns(), () -> Context.builder().patterns(c.patterns()).build());
    } else if (ownerType == ActionMap.class) {
      if (attribute.equals("triggerWithSegments") && value instanceof List<?> triggers) {
        return maps.segmentTriggers(triggers);
      } else if (attribute.equals("pageUrlConditions") && value instanceof List<?> conditions) {
        return maps.urlConditions(conditions);
      } else if (value instanceof ActionMapAction a) {
        return maps.action(a);
      } else if (value instanceof ActionMapScheduleGroups groups) {
        return maps.scheduleGroups(groups);
      }
    }
    return Optional.empty();
  }

  /** {@code journey(p1, p2)} / {@code context(c1)}: the patterns alone, when that is all the object holds. */
  private Optional<String> patterns(Object original, List<?> patterns, java.util.function.Supplier<Object> rebuilt) {
    if (patterns == null || patterns.isEmpty()) {
      return Optional.empty();
    }
    return Verified.form(original, rebuilt, () -> writer.elements(patterns));
  }

  /** Whether a DSL factory accepts this as a name (it refuses null and blank). */
  private static boolean usable(String name) {
    return name != null && !name.isBlank();
  }

}
