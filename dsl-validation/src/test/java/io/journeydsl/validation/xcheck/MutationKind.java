package io.journeydsl.validation.xcheck;

/**
 * The classes of JSON-level damage the cross-check applies to a valid body.
 *
 * <p>Adding an unknown field is deliberately not a class: the fake rejects fields the API does not
 * define (400 {@code unknown.field}), while the model keeps them verbatim ({@code unknownFields()})
 * so that a newer API's fields survive a round trip, and the validator does not report them by
 * design. Such a mutation could only ever disagree.
 */
enum MutationKind {
  /** A field of an object is removed. */
  REMOVE_FIELD,
  /** A field or a list element is set to JSON {@code null}. */
  NULL_VALUE,
  /** A value is replaced by one of another JSON type (text for a number, an object for text, ...). */
  WRONG_TYPE,
  /** A text value of an enumerated field is replaced by a value no API generation defines. */
  UNKNOWN_ENUM,
  /** A number is replaced by a negative, zero, too large or fractional one. */
  OUT_OF_RANGE,
  /** A list is emptied. */
  EMPTY_LIST,
  /** A nested object is emptied or loses some of its fields. */
  MANGLE_OBJECT
}
