package io.journeydsl.benchmarks.http;

/** One HTTP client under measurement, making the three round trips every client of the table makes. */
interface Caller extends AutoCloseable {

  /** {@code GET /api/v2/journey/segments/{id}}, the body read (and decoded, for a typed client). */
  Object getOne(String id) throws Exception;

  /** {@code GET /api/v2/journey/segments?pageSize=100&pageNumber=1}: a page of 100 segments. */
  Object listPage100() throws Exception;

  /** {@code POST /api/v2/journey/segments} of a new segment, then {@code DELETE} of it. */
  Object postDelete(String displayName) throws Exception;

  @Override
  void close() throws Exception;
}
