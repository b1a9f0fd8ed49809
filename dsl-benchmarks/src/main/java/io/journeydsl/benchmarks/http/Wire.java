package io.journeydsl.benchmarks.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.segment.JourneySegment;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** What every caller sends: the same base URL, token, paths and POST body bytes. */
final class Wire {
  static final String TOKEN = "bench-token";
  static final String AUTHORIZATION = "Bearer " + TOKEN;
  private static final String NAME = "__NAME__";

  final URI base;
  final JourneySegment body;
  private final String bodyTemplate;

  Wire(URI base, JourneySegment body) throws JsonProcessingException {
    this.base = base;
    this.body = body;
    this.bodyTemplate = JourneyJson.mapper().writeValueAsString(JourneySegment.builder().from(body).displayName(NAME).build());
  }

  URI segment(String id) {
    return base.resolve("/api/v2/journey/segments/" + id);
  }

  URI page100() {
    return base.resolve("/api/v2/journey/segments?pageSize=100&pageNumber=1");
  }

  URI segments() {
    return base.resolve("/api/v2/journey/segments");
  }

  /** The POST body with this display name, byte for byte what the typed clients write. */
  byte[] bodyNamed(String displayName) {
    return bodyTemplate.replace(NAME, displayName).getBytes(StandardCharsets.UTF_8);
  }

  /** The id of a created object, found in the response text without a JSON parser (a bare client's job). */
  static String idOf(byte[] response) {
    String text = new String(response, StandardCharsets.UTF_8);
    int start = text.indexOf("\"id\":\"");
    if (start < 0) {
      throw new IllegalStateException("no id in " + text);
    }
    start += 6;
    return text.substring(start, text.indexOf('"', start));
  }

  static void check(int status, String what) {
    if (status / 100 != 2) {
      throw new IllegalStateException(what + " answered " + status);
    }
  }
}
