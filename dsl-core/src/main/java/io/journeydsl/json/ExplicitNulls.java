package io.journeydsl.json;

import java.util.Set;

/**
 * Implemented by PATCH bodies, where an explicit JSON {@code null} means "clear this field" and an
 * absent field means "leave it as it is". The wire names in {@link #explicitNulls()} are written as
 * {@code "name": null}; on read, every field that arrived as {@code null} is recorded there, so the
 * distinction survives a round trip.
 */
public interface ExplicitNulls {
  /** The wire property name under which the set travels inside journey-dsl's own mapper only. */
  String PROPERTY = "@explicitNulls";

  /** Wire names of the fields to send as explicit {@code null}. */
  Set<String> explicitNulls();
}
