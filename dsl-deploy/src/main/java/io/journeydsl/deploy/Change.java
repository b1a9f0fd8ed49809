package io.journeydsl.deploy;

import io.journeydsl.catalog.ApiCollection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a {@link Plan}: what happens to one object, identified by its collection and its name
 * (the catalogue's {@link ApiCollection#nameField()}), and for an update the fields that change.
 *
 * @param action create, update, delete or unchanged
 * @param collection the object's collection
 * @param name the object's name, its identity against the org
 * @param id the org's id of the object; {@code null} for a create
 * @param fields the changed top-level fields of an update, in wire order; empty otherwise
 */
public record Change(ChangeAction action, ApiCollection collection, String name, String id, List<FieldChange> fields) {
  /** Checks the parts and copies the field list. */
  public Change {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(name, "name");
    fields = List.copyOf(fields);
    if ((id == null) != (action == ChangeAction.CREATE)) {
      throw new IllegalArgumentException("a " + action.word() + " " + (id == null ? "needs" : "has no") + " an org id");
    }
  }

  /** The org's id, absent for a create. */
  public Optional<String> orgId() {
    return Optional.ofNullable(id);
  }

  /** Whether this change sends a request (everything but {@link ChangeAction#UNCHANGED}). */
  public boolean sendsRequest() {
    return action != ChangeAction.UNCHANGED;
  }

  /** A short description for messages: {@code update action map 'Offer the sale'}. */
  public String describe() {
    return action.word() + " " + collection.label() + " '" + name + "'";
  }
}
