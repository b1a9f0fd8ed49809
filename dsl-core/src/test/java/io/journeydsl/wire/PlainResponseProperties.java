package io.journeydsl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.json.internal.PlainResponses;
import io.journeydsl.wire.ModelArbitraries.Options;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Responses read by the generated readers (one stored object, or a page of them) are the values the
 * wire mapper reads: plain responses of every stored kind are read without falling back, and any
 * response, however damaged or unknown to the model, is either left to the mapper or read into
 * exactly the mapper's value.
 */
class PlainResponseProperties {
  private static final List<ApiCollection> READ = List.of(ApiCollection.SEGMENTS, ApiCollection.OUTCOMES,
      ApiCollection.ACTION_MAPS, ApiCollection.ACTION_TEMPLATES);
  private static final ObjectMapper MAPPER = JourneyJson.mapper();
  private static final ObjectMapper TEXT = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A response body and what it is read as. */
  record Response(ApiCollection collection, boolean page, ObjectNode body) {
    java.lang.reflect.Type type() {
      return page ? collection.listingType() : collection.entityType();
    }

    JavaType javaType() {
      return page ? collection.listingType() : MAPPER.constructType(collection.entityType());
    }
  }

  @Property(tries = 200)
  void plainResponsesAreReadWithoutFallingBackIntoTheMappersValue(@ForAll("plainResponses") Response response)
      throws IOException {
    // Free-form JSON (an open action's configurationFields) is the mapper's to read, as in bundles.
    response.body().findParents("configurationFields").forEach(p -> ((ObjectNode) p).remove("configurationFields"));
    byte[] body = TEXT.writeValueAsBytes(response.body());

    Object plain = PlainResponses.read(MAPPER.getFactory(), body, response.type());

    assertThat(plain).as("fell back on plain input %s", new String(body, StandardCharsets.UTF_8)).isNotNull();
    assertThat(plain).isEqualTo(MAPPER.readValue(body, response.javaType()));
  }

  @Property(tries = 400)
  void anyResponseIsLeftToTheMapperOrReadAsItReadsIt(@ForAll("anyResponses") Response response, @ForAll long seed)
      throws IOException {
    Random random = new Random(seed);
    byte[] body = (random.nextInt(4) == 0 ? TEXT.writeValueAsString(response.body())
        : JsonDamage.damage(response.body().deepCopy(), random, TEXT)).getBytes(StandardCharsets.UTF_8);

    Object plain = PlainResponses.read(MAPPER.getFactory(), body, response.type());
    Object mapper;
    try {
      mapper = MAPPER.readValue(body, response.javaType());
    } catch (IOException | RuntimeException refused) {
      assertThat(plain).as("read what the mapper refuses (%s): %s", refused.getMessage(),
          new String(body, StandardCharsets.UTF_8)).isNull();
      Statistics.label("outcome").collect("mapper refuses, left to it");
      return;
    }
    if (plain != null) {
      assertThat(plain).as(new String(body, StandardCharsets.UTF_8)).isEqualTo(mapper);
    }
    Statistics.label("outcome").collect(plain == null ? "left to the mapper" : "read, equal");
  }

  @Provide
  Arbitrary<Response> plainResponses() {
    return responses(Arbitraries.of(Options.PLAIN, Options.PLAIN_FULL));
  }

  @Provide
  Arbitrary<Response> anyResponses() {
    return responses(Arbitraries.of(Options.PLAIN, Options.PLAIN_FULL, Options.OPEN));
  }

  private static Arbitrary<Response> responses(Arbitrary<Options> options) {
    return Combinators.combine(Arbitraries.of(READ), Arbitraries.of(true, false), options)
        .flatAs((collection, page, option) -> {
          Arbitrary<Object> entity = ModelArbitraries.of(collection.entityType(), option);
          if (!page) {
            return entity.map(e -> new Response(collection, false, (ObjectNode) ReferenceJson.of(e)));
          }
          return Combinators.combine(entity.list().ofMaxSize(4), Arbitraries.integers().between(0, 3))
              .as((entities, envelope) -> new Response(collection, true, page(entities, envelope)));
        });
  }

  /** A page of {@code entities}, with the envelope fields of the API's answers (fewer for higher {@code sparse}). */
  private static ObjectNode page(List<Object> entities, int sparse) {
    ObjectNode page = NODES.objectNode();
    ArrayNode array = page.putArray("entities");
    entities.forEach(e -> array.add(ReferenceJson.of(e)));
    page.put("pageSize", 25).put("pageNumber", 1);
    if (sparse < 2) {
      page.put("total", (long) entities.size()).put("pageCount", 1);
      page.put("firstUri", "/api/v2/journey/segments?pageSize=25&pageNumber=1")
          .put("selfUri", "/api/v2/journey/segments?pageSize=25&pageNumber=1")
          .put("lastUri", "/api/v2/journey/segments?pageSize=25&pageNumber=1");
    }
    if (sparse == 0) {
      page.put("nextUri", "/api/v2/journey/segments?pageSize=25&pageNumber=2")
          .put("previousUri", "/api/v2/journey/segments?pageSize=25&pageNumber=0");
    }
    return page;
  }
}
