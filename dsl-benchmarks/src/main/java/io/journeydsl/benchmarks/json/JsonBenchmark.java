package io.journeydsl.benchmarks.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeydsl.json.JourneyJson;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON of fully populated wire objects, read from bytes and written to bytes, by journey-dsl's
 * {@link JourneyJson} mapper into its model and by the official SDK's mapper into the SDK's model.
 * Both read the same bytes (the SDK's JSON of an {@link SdkSamples} object); the setup checks that
 * both mappers write back a tree equal to the input, so each side does the whole job.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class JsonBenchmark {
  /** Wire type: its journey-dsl class and its SDK class. */
  private static final Map<String, Class<?>[]> TYPES = Map.of(
      "actionMap", new Class<?>[] {io.journeydsl.actionmap.ActionMap.class,
          com.mypurecloud.sdk.v2.model.ActionMap.class},
      "segment", new Class<?>[] {io.journeydsl.segment.JourneySegment.class,
          com.mypurecloud.sdk.v2.model.JourneySegment.class},
      "actionTemplate", new Class<?>[] {io.journeydsl.actiontemplate.ActionTemplate.class,
          com.mypurecloud.sdk.v2.model.ActionTemplate.class},
      "aggregateResponse", new Class<?>[] {io.journeydsl.analytics.JourneyAggregateQueryResponse.class,
          com.mypurecloud.sdk.v2.model.JourneyAggregateQueryResponse.class});

  @Param({"actionMap", "segment", "actionTemplate", "aggregateResponse"})
  public String type;

  @Param({"journey-dsl", "sdk"})
  public String mapper;

  private ObjectMapper json;
  private Class<?> modelType;
  private byte[] input;
  private Object model;

  /** The sample's bytes, read once by the chosen mapper; checks the round trip keeps the tree. */
  @Setup
  public void setUp() throws IOException {
    Class<?>[] classes = TYPES.get(type);
    ObjectMapper sdk = SdkSamples.sdkMapper();
    input = sdk.writeValueAsBytes(SdkSamples.filled(classes[1]));
    boolean ours = mapper.equals("journey-dsl");
    json = ours ? JourneyJson.mapper() : sdk;
    modelType = ours ? classes[0] : classes[1];
    model = json.readValue(input, modelType);
    JsonNode in = sdk.readTree(input);
    JsonNode back = sdk.readTree(json.writeValueAsBytes(model));
    if (!in.equals(back)) {
      throw new IllegalStateException(mapper + " does not round-trip the " + type + " sample:\n" + in + "\n" + back);
    }
  }

  /** Bytes to model. */
  @Benchmark
  public Object read() throws IOException {
    return json.readValue(input, modelType);
  }

  /** Model to bytes. */
  @Benchmark
  public byte[] write() throws IOException {
    return json.writeValueAsBytes(model);
  }
}
