package io.journeydsl.benchmarks.process;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.feign.FeignJourneyTransport;
import io.journeydsl.model.Listing;
import io.journeydsl.segment.JourneySegment;
import java.net.URI;

/**
 * A new process's first successful call with journey-dsl: builds a {@link JourneyClient} over
 * {@link FeignJourneyTransport} with its defaults (JDK HTTP client, default retries), lists segments
 * once, prints one JSON line with the milliseconds from {@code main} to the answer, and closes the
 * client. Run on journey-dsl's own runtime class path, as a user's program would be.
 *
 * <p>{@code java -cp ... FirstCallOurs BASE_URL TOKEN}
 */
public final class FirstCallOurs {
  private FirstCallOurs() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    try (JourneyClient client = FeignJourneyTransport.builder().baseUrl(URI.create(args[0])).bearerToken(args[1]).buildClient()) {
      Listing<JourneySegment> page = client.segments().list();
      long answered = System.nanoTime();
      System.out.printf("{\"client\":\"journey-dsl\",\"firstAnswerMs\":%.1f,\"segments\":%d}%n",
          (answered - start) / 1e6, page.entities().size());
      System.out.flush();
    }
  }
}
