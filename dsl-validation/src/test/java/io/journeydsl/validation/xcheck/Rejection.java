package io.journeydsl.validation.xcheck;

import io.journeydsl.catalog.ApiProfile;
import io.journeydsl.catalog.RequiredFields;
import io.journeydsl.error.BadRequestException;
import io.journeydsl.error.Detail;
import io.journeydsl.validation.Severity;
import io.journeydsl.validation.ValidationReport;
import io.journeydsl.validation.Violation;
import java.util.List;

/**
 * A 400 of the fake, read for the cross-check: the field it names, and which kind of rejection it
 * is, which decides what the validator must say about the same body.
 *
 * @param kind the kind of rejection
 * @param fieldName {@code details[0].fieldName}; empty when the fake named none
 * @param message the error body's message
 */
record Rejection(Kind kind, String fieldName, String message) {

  /** The kinds of 400 the fake gives a damaged body. */
  enum Kind {
    /**
     * A reference (segment, outcome or template id) names nothing the fake holds. Not an ERROR the
     * validator can give: outside a bundle a plain id refers to the org, which the validator cannot
     * see (documented under {@code ref.unresolved}).
     */
    REFERENCE,
    /**
     * A value outside the enumeration this API generation knows. The validator must report the ERROR
     * {@code field.enum.unknown} at the same path (the model keeps such values when reading, but a
     * request body carrying one is refused; {@code unknownValues(WARNING)} is the user's switch).
     */
    UNKNOWN_ENUM,
    /**
     * A field only the SDK 198 generation requires ({@code RequiredFields}: {@code triggerWithSegments}
     * of an action map, {@code displayName} of a PATCH...) missing: the fake follows SDK 198 by
     * default, the current API does not require it, so the validator reports the WARNING
     * {@code field.required.olderApi} at the same path on purpose.
     */
    OLDER_API_REQUIRED,
    /** Anything else the API model forbids: the validator must report an ERROR. */
    MODEL
  }

  static Rejection of(BadRequestException e, Target target) {
    List<Detail> details = e.details();
    String field = details.isEmpty() || details.get(0).fieldName() == null ? "" : details.get(0).fieldName();
    String code = details.isEmpty() || details.get(0).errorCode() == null ? "" : details.get(0).errorCode();
    String message = e.errorBody().map(b -> b.message() == null ? "" : b.message()).orElse("");
    Kind kind = Kind.MODEL;
    if (code.equals("invalid.value") && message.contains(" referenced by ")) {
      kind = Kind.REFERENCE;
    } else if (code.equals("invalid.value") && message.contains("Allowable values")) {
      kind = Kind.UNKNOWN_ENUM;
    } else if (code.equals("required") && onlyOlderApiRequires(target.requestType(), field)) {
      kind = Kind.OLDER_API_REQUIRED;
    }
    return new Rejection(kind, field, message);
  }

  /** Whether the catalogue has only the SDK 198 generation require this top-level field of the body. */
  private static boolean onlyOlderApiRequires(Class<?> body, String field) {
    return RequiredFields.of(body, ApiProfile.SDK_198).contains(field)
        && !RequiredFields.requiredInEveryProfile(body, field);
  }

  /** Whether the report has a violation of {@code severity} at the rejected field, or above or below it. */
  boolean matchedBy(ValidationReport report, Severity severity) {
    return report.violations().stream().filter(v -> v.severity() == severity).map(Violation::path)
        .anyMatch(path -> related(path, fieldName));
  }

  /** Equal paths, or one names an object or list that holds the other. */
  static boolean related(String a, String b) {
    return a.equals(b) || within(a, b) || within(b, a);
  }

  private static boolean within(String inner, String outer) {
    return !outer.isEmpty() && inner.startsWith(outer)
        && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
  }
}
