package io.journeydsl.deploy.internal;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.client.ActionMapQuery;
import io.journeydsl.client.ActionTemplateQuery;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.client.OutcomeQuery;
import io.journeydsl.client.SegmentQuery;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.patch.Patches;
import io.journeydsl.segment.JourneySegment;
import java.util.List;
import java.util.stream.Stream;

/**
 * The calls the deployer makes on one collection, over the typed resource clients of any
 * {@link JourneyClient}; objects travel as {@code Object} and are told apart by the catalogue.
 */
final class Port {
  /** The largest page the API serves: fewer list requests for a big org. */
  private static final int PAGE_SIZE = 100;

  private final JourneyClient client;
  private final ApiCollection collection;

  Port(JourneyClient client, ApiCollection collection) {
    this.client = client;
    this.collection = collection;
  }

  ApiCollection collection() {
    return collection;
  }

  /** Every object of the collection, every page (soft-deleted action templates are not listed). */
  List<Object> listAll() {
    return stream(null).toList();
  }

  /** The objects whose name contains {@code name} (the API's fuzzy query); the caller matches exactly. */
  List<Object> findByName(String name) {
    return stream(name).toList();
  }

  private Stream<Object> stream(String name) {
    List<String> fields = name == null ? List.of() : List.of(collection.nameField());
    return switch (collection) {
      case SEGMENTS -> client.segments().stream(SegmentQuery.builder().pageSize(PAGE_SIZE)
          .queryFields(fields).queryValue(name).build()).map(Object.class::cast);
      case OUTCOMES -> client.outcomes().stream(OutcomeQuery.builder().pageSize(PAGE_SIZE)
          .queryFields(fields).queryValue(name).build()).map(Object.class::cast);
      case ACTION_MAPS -> client.actionMaps().stream(ActionMapQuery.builder().pageSize(PAGE_SIZE)
          .queryFields(fields).queryValue(name).build()).map(Object.class::cast);
      case ACTION_TEMPLATES -> client.actionTemplates().stream(ActionTemplateQuery.builder().pageSize(PAGE_SIZE)
          .queryFields(fields).queryValue(name).build()).map(Object.class::cast);
      case ACTION_TARGETS -> throw unsupported();
    };
  }

  Object create(Object body) {
    return switch (collection) {
      case SEGMENTS -> client.segments().create((JourneySegment) body);
      case OUTCOMES -> client.outcomes().create((Outcome) body);
      case ACTION_MAPS -> client.actionMaps().create((ActionMap) body);
      case ACTION_TEMPLATES -> client.actionTemplates().create((ActionTemplate) body);
      case ACTION_TARGETS -> throw unsupported();
    };
  }

  Object get(String id) {
    return switch (collection) {
      case SEGMENTS -> client.segments().get(id);
      case OUTCOMES -> client.outcomes().get(id);
      case ACTION_MAPS -> client.actionMaps().get(id);
      case ACTION_TEMPLATES -> client.actionTemplates().get(id);
      case ACTION_TARGETS -> client.actionTargets().get(id);
    };
  }

  /** Sends the minimal PATCH from {@code current} to {@code desired}, with the current version. */
  Object patch(String id, Object current, Object desired) {
    return switch (collection) {
      case SEGMENTS -> client.segments().patch(id, Patches.between((JourneySegment) current, (JourneySegment) desired));
      case OUTCOMES -> client.outcomes().patch(id, Patches.between((Outcome) current, (Outcome) desired));
      case ACTION_MAPS -> client.actionMaps().patch(id, Patches.between((ActionMap) current, (ActionMap) desired));
      case ACTION_TEMPLATES -> client.actionTemplates().patch(id,
          Patches.between((ActionTemplate) current, (ActionTemplate) desired));
      case ACTION_TARGETS -> throw unsupported();
    };
  }

  /**
   * Deletes one object. Action templates are soft-deleted (state {@code Deleted}): the API keeps
   * them, so a pruned template can still be recovered by hand.
   */
  void delete(String id) {
    switch (collection) {
      case SEGMENTS -> client.segments().delete(id);
      case OUTCOMES -> client.outcomes().delete(id);
      case ACTION_MAPS -> client.actionMaps().delete(id);
      case ACTION_TEMPLATES -> client.actionTemplates().delete(id, false);
      case ACTION_TARGETS -> throw unsupported();
    }
  }

  private UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("the deployer does not manage " + collection.label() + "s");
  }
}
