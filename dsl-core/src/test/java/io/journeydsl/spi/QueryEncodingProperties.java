package io.journeydsl.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.model.Listing;
import io.journeydsl.segment.JourneySegment;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Query strings and paths decode back to exactly the values that went in. */
class QueryEncodingProperties {

  @Provide
  Arbitrary<String> text() {
    // Any UTF-16 text without lone surrogates, with the URI delimiters well represented.
    Arbitrary<String> plain = Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(12);
    Arbitrary<String> delimiters = Arbitraries.strings().withChars("/?#&=+% ;,:@[]!$'()*é~._-").ofMaxLength(6);
    Arbitrary<String> emoji = Arbitraries.of("😀", "𝄞", "");
    return Combinators.combine(plain, delimiters, emoji).as((a, b, c) -> a + b + c + a);
  }

  @Provide
  Arbitrary<String> id() {
    return text().filter(s -> !s.isBlank());
  }

  @Property
  void queryStringsDecodeToTheSameMultimap(@ForAll("text") String sortBy, @ForAll("text") String filterValue,
      @ForAll @Size(max = 5) List<@From("text") String> ids,
      @ForAll @Size(max = 3) List<@From("text") String> fields) {
    JourneyOperation<Listing> op = JourneyOperation.builder(Operation.GET_JOURNEY_ACTIONMAPS,
            Listing.class)
        .queryParameter("sortBy", sortBy)
        .queryParameter("filterValue", filterValue)
        .queryParameter("actionMapIds", ids)
        .queryParameter("queryFields", fields)
        .build();

    assertThat(decode(op.queryString())).isEqualTo(op.queryParameters());
    assertThat(op.queryString()).matches("[A-Za-z0-9\\-._~%=&]*");
  }

  @Property
  void pathIdsDecodeToTheSameValueAndStayOneSegment(@ForAll("id") String id) {
    JourneyOperation<JourneySegment> op = JourneyOperation.builder(Operation.GET_JOURNEY_SEGMENT, JourneySegment.class)
        .pathParameter("segmentId", id).build();
    String prefix = "/api/v2/journey/segments/";
    assertThat(op.path()).startsWith(prefix);
    String segment = op.path().substring(prefix.length());
    assertThat(segment).matches("[A-Za-z0-9\\-._~%]+");
    assertThat(URLDecoder.decode(segment, StandardCharsets.UTF_8)).isEqualTo(id);
  }

  private static Map<String, List<String>> decode(String query) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (query.isEmpty()) {
      return out;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return out;
  }
}
