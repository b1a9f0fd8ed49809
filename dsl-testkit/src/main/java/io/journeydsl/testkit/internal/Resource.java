package io.journeydsl.testkit.internal;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontarget.ActionTarget;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;
import java.util.List;

/** The five stored collections and the facts the fake needs about each. */
public enum Resource {
  /** {@code /api/v2/journey/segments}. */
  SEGMENTS("segments", "segments", "segment", "displayName", JourneySegment.class, true,
      List.of("segmentIds", "queryFields")),
  /** {@code /api/v2/journey/outcomes}. */
  OUTCOMES("outcomes", "outcomes", "outcome", "displayName", Outcome.class, true,
      List.of("outcomeIds", "queryFields")),
  /** {@code /api/v2/journey/actionmaps}. */
  ACTION_MAPS("actionmaps", "actionMaps", "action map", "displayName", ActionMap.class, true,
      List.of("actionMapIds", "queryFields")),
  /** {@code /api/v2/journey/actiontemplates}. */
  ACTION_TEMPLATES("actiontemplates", "actionTemplates", "action template", "name", ActionTemplate.class, true,
      List.of("queryFields")),
  /** {@code /api/v2/journey/actiontargets}. */
  ACTION_TARGETS("actiontargets", "actionTargets", "action target", "name", ActionTarget.class, false,
      List.of());

  private final String pathSegment;
  private final String bundleKey;
  private final String label;
  private final String nameField;
  private final Class<?> entityType;
  private final boolean versioned;
  private final List<String> listParameters;

  Resource(String pathSegment, String bundleKey, String label, String nameField, Class<?> entityType,
      boolean versioned, List<String> listParameters) {
    this.pathSegment = pathSegment;
    this.bundleKey = bundleKey;
    this.label = label;
    this.nameField = nameField;
    this.entityType = entityType;
    this.versioned = versioned;
    this.listParameters = listParameters;
  }

  /** The collection path, e.g. {@code /api/v2/journey/segments}. */
  public String basePath() {
    return "/api/v2/journey/" + pathSegment;
  }

  /** The key of this collection in bundle and snapshot JSON. */
  public String bundleKey() {
    return bundleKey;
  }

  /** A human label for messages. */
  public String label() {
    return label;
  }

  /** The wire field holding the object's name ({@code displayName} or {@code name}). */
  public String nameField() {
    return nameField;
  }

  /** The entity model type. */
  public Class<?> entityType() {
    return entityType;
  }

  /** Whether entities carry a {@code version} checked on PATCH. */
  public boolean versioned() {
    return versioned;
  }

  /** Query parameters that are lists: repeated keys or comma-joined values. */
  public List<String> listParameters() {
    return listParameters;
  }

  /** The collection an operation acts on, or {@code null} for the analytics query. */
  public static @Nullable Resource of(Operation operation) {
    String template = operation.pathTemplate();
    for (Resource resource : values()) {
      if (template.equals(resource.basePath()) || template.startsWith(resource.basePath() + "/")) {
        return resource;
      }
    }
    return null;
  }
}
