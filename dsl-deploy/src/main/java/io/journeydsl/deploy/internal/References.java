package io.journeydsl.deploy.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.Ref;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.catalog.ReferenceSite;
import java.util.function.BiFunction;

/**
 * Rewrites the references an object holds, at the catalogue's {@link ReferenceSite}s: placeholders
 * {@code ${kind:name}} to ids, or ids of one API to ids of another (a rehearsal).
 */
final class References {
  private References() {}

  /**
   * A copy of {@code json} (an object of {@code owner}) in which every reference value is replaced
   * by what {@code change} gives for it and its target collection; {@code null} keeps the value.
   */
  static ObjectNode rewrite(ApiCollection owner, ObjectNode json, BiFunction<ApiCollection, String, String> change) {
    ObjectNode out = json.deepCopy();
    for (ReferenceSite site : ReferenceSite.of(owner)) {
      site.rewrite(out, wire -> {
        String replaced = change.apply(site.target(), wire);
        return replaced == null ? wire : replaced;
      });
    }
    return out;
  }

  /** The name a placeholder of {@code target}'s kind names, or {@code null} for an id. */
  static String placeholderName(ApiCollection target, String wire) {
    if (!Ref.isPlaceholder(wire)) {
      return null;
    }
    return Ref.Kind.of(target).flatMap(kind -> Ref.parse(kind, wire)).flatMap(Ref::name).orElse(null);
  }
}
