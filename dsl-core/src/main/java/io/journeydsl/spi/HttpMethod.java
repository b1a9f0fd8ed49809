package io.journeydsl.spi;

/** The HTTP methods the 24 Journey operations use. */
public enum HttpMethod {
  /** Read an entity or a page of entities. */
  GET,
  /** Create an entity, or run an analytics query. */
  POST,
  /** Partially update an entity. */
  PATCH,
  /** Delete an entity. */
  DELETE
}
