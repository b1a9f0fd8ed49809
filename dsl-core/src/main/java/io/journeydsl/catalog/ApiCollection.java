package io.journeydsl.catalog;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.actiontarget.ActionTarget;
import io.journeydsl.actiontarget.PatchActionTarget;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.PatchActionTemplate;
import io.journeydsl.model.Listing;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.outcome.PatchOutcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.PatchSegment;
import io.journeydsl.spi.HttpMethod;
import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The five collections of the Journey API and every fact about each that more than one module
 * needs: path, body and listing types, id parameter, the field that names an object, the id-list
 * query parameter and its limit, whether PATCH is versioned, the bundle key and placeholder prefix,
 * and the query parameters of its list and delete endpoints. The client, the fake, the validator and
 * the deployer read these facts here and nowhere else.
 */
public enum ApiCollection {
  /** {@code /api/v2/journey/segments}. */
  SEGMENTS("segments", "segmentId", "segment", JourneySegment.class, PatchSegment.class, "displayName",
      "segmentIds", 100, true, "segments", "segment", false,
      List.of("sortBy", "pageSize", "pageNumber", "isActive", "segmentIds", "queryFields", "queryValue"), List.of()),
  /** {@code /api/v2/journey/outcomes} (deprecated by Genesys; the current API answers 410). */
  OUTCOMES("outcomes", "outcomeId", "outcome", Outcome.class, PatchOutcome.class, "displayName",
      "outcomeIds", 20, true, "outcomes", "outcome", true,
      List.of("pageNumber", "pageSize", "sortBy", "outcomeIds", "queryFields", "queryValue"), List.of()),
  /** {@code /api/v2/journey/actionmaps}. */
  ACTION_MAPS("actionmaps", "actionMapId", "action map", ActionMap.class, PatchActionMap.class, "displayName",
      "actionMapIds", 100, true, "actionMaps", "actionMap", false,
      List.of("pageNumber", "pageSize", "sortBy", "filterField", "filterValue", "actionMapIds", "queryFields", "queryValue"),
      List.of()),
  /** {@code /api/v2/journey/actiontemplates}; deletes are soft unless {@code hardDelete=true}. */
  ACTION_TEMPLATES("actiontemplates", "actionTemplateId", "action template", ActionTemplate.class,
      PatchActionTemplate.class, "name", null, 0, true, "actionTemplates", "actionTemplate", false,
      List.of("pageNumber", "pageSize", "sortBy", "mediaType", "state", "queryFields", "queryValue"),
      List.of("hardDelete")),
  /** {@code /api/v2/journey/actiontargets} (deprecated; no create or delete). */
  ACTION_TARGETS("actiontargets", "actionTargetId", "action target", ActionTarget.class, PatchActionTarget.class,
      "name", null, 0, false, "actionTargets", null, true, List.of("pageNumber", "pageSize"), List.of());

  /** Fields the server assigns on every object; a request that sends them changes nothing. */
  private static final List<String> SERVER_FIELDS = List.of("id", "version", "selfUri", "createdDate", "modifiedDate");

  /** Query parameters that carry several values (repeated keys, or comma-joined). */
  private static final List<String> MULTI_VALUED = List.of("segmentIds", "outcomeIds", "actionMapIds", "queryFields");
  /** Query parameters that go together: both or neither. */
  private static final List<List<String>> PAIRS = List.of(List.of("queryFields", "queryValue"),
      List.of("filterField", "filterValue"));

  private final String pathSegment;
  private final String idParameter;
  private final String label;
  private final Class<?> entityType;
  private final Class<?> patchType;
  private final String nameField;
  private final @Nullable String idListParameter;
  private final int idListLimit;
  private final boolean versioned;
  private final String bundleKey;
  private final @Nullable String placeholderPrefix;
  private final boolean deprecated;
  private final List<String> listParameters;
  private final List<String> deleteParameters;
  /** Built on first use: a validator or a bundle reader never needs Jackson's type factory. */
  private volatile JavaType listingType;

  ApiCollection(String pathSegment, String idParameter, String label, Class<?> entityType, Class<?> patchType,
      String nameField, @Nullable String idListParameter, int idListLimit, boolean versioned, String bundleKey,
      @Nullable String placeholderPrefix, boolean deprecated, List<String> listParameters,
      List<String> deleteParameters) {
    this.pathSegment = pathSegment;
    this.idParameter = idParameter;
    this.label = label;
    this.entityType = entityType;
    this.patchType = patchType;
    this.nameField = nameField;
    this.idListParameter = idListParameter;
    this.idListLimit = idListLimit;
    this.versioned = versioned;
    this.bundleKey = bundleKey;
    this.placeholderPrefix = placeholderPrefix;
    this.deprecated = deprecated;
    this.listParameters = listParameters;
    this.deleteParameters = deleteParameters;
  }

  /** The fields the server assigns ({@code id}, {@code version}, {@code selfUri}, the dates), in wire order. */
  public List<String> serverFields() {
    return SERVER_FIELDS;
  }

  /** The collection path, e.g. {@code /api/v2/journey/segments}. */
  public String path() {
    return "/api/v2/journey/" + pathSegment;
  }

  /** The path of one object, e.g. {@code /api/v2/journey/segments/{segmentId}}. */
  public String itemPath() {
    return path() + "/{" + idParameter + "}";
  }

  /** The path parameter naming one object, e.g. {@code segmentId}. */
  public String idParameter() {
    return idParameter;
  }

  /** A human label for messages, e.g. {@code action map}. */
  public String label() {
    return label;
  }

  /** The entity type: the body of a create and the answer of a get, create or PATCH. */
  public Class<?> entityType() {
    return entityType;
  }

  /** The PATCH body type. */
  public Class<?> patchType() {
    return patchType;
  }

  /** The type of one page of the list endpoint: {@code Listing<entityType>}. */
  public JavaType listingType() {
    JavaType type = listingType;
    if (type == null) {
      // Racing threads build equal values; either may be kept.
      type = TypeFactory.defaultInstance().constructParametricType(Listing.class, entityType);
      listingType = type;
    }
    return type;
  }

  /** The wire field that names an object and is its identity in a bundle ({@code displayName} or {@code name}). */
  public String nameField() {
    return nameField;
  }

  /** The list query parameter that selects objects by id ({@code segmentIds}), if the API has one. */
  public Optional<String> idListParameter() {
    return Optional.ofNullable(idListParameter);
  }

  /** The most ids {@link #idListParameter()} takes in one request (0 when there is no such parameter). */
  public int idListLimit() {
    return idListLimit;
  }

  /** Whether objects carry a {@code version} that a PATCH must send (optimistic concurrency). */
  public boolean versioned() {
    return versioned;
  }

  /** The key of this collection in bundle and snapshot JSON, e.g. {@code actionMaps}. */
  public String bundleKey() {
    return bundleKey;
  }

  /**
   * The prefix of a reference by name to an object of this collection, {@code segment} in
   * {@code ${segment:Name}}; empty for collections no object refers to.
   */
  public Optional<String> placeholderPrefix() {
    return Optional.ofNullable(placeholderPrefix);
  }

  /** Whether Genesys has deprecated the collection's endpoints. */
  public boolean deprecated() {
    return deprecated;
  }

  /** Whether the API lets clients create and delete objects (action targets are only read and patched). */
  public boolean creatable() {
    return this != ACTION_TARGETS;
  }

  /** The query parameters of the list endpoint, in API order. */
  public List<String> listParameters() {
    return listParameters;
  }

  /** The query parameters of the delete endpoint, in API order. */
  public List<String> deleteParameters() {
    return deleteParameters;
  }

  /** Whether a query parameter of this collection carries several values. */
  public boolean multiValued(String parameter) {
    return MULTI_VALUED.contains(parameter);
  }

  /** The pairs of list parameters that must be given together, as this collection has them. */
  public List<List<String>> pairedParameters() {
    return PAIRS.stream().filter(listParameters::containsAll).toList();
  }

  /**
   * The list parameters the API refuses together with {@link #idListParameter()}: paging, sorting,
   * filtering and querying ({@code isActive} still narrows an id list).
   */
  public List<String> exclusiveWithIds() {
    if (idListParameter == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(listParameters);
    out.remove(idListParameter);
    out.remove("isActive");
    return List.copyOf(out);
  }

  /** The operation of this collection with this HTTP method on the collection or on one object. */
  public Optional<Operation> operation(HttpMethod method, boolean onOneObject) {
    for (Operation operation : Operation.values()) {
      if (operation.collection() == this && operation.httpMethod() == method
          && operation.pathParameters().isEmpty() != onOneObject) {
        return Optional.of(operation);
      }
    }
    return Optional.empty();
  }

  /** The collection whose bundle key is {@code key}. */
  public static Optional<ApiCollection> ofBundleKey(String key) {
    for (ApiCollection collection : values()) {
      if (collection.bundleKey.equals(key)) {
        return Optional.of(collection);
      }
    }
    return Optional.empty();
  }

  /** The collection whose entities have this type. */
  public static Optional<ApiCollection> ofEntityType(Class<?> type) {
    for (ApiCollection collection : values()) {
      if (collection.entityType.isAssignableFrom(type)) {
        return Optional.of(collection);
      }
    }
    return Optional.empty();
  }
}
