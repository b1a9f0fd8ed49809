package io.journeydsl.benchmarks.process;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.api.JourneyApi;
import com.mypurecloud.sdk.v2.model.SegmentListing;

/**
 * A new process's first successful call with the official SDK: builds an {@code ApiClient} with
 * the same bearer token as {@link FirstCallOurs}, calls {@code JourneyApi.getJourneySegments} once
 * (the same request: first page, default size), prints one JSON line with the milliseconds from
 * {@code main} to the answer, and closes the client. Run on the SDK's own runtime class path.
 *
 * <p>{@code java -cp ... FirstCallSdk BASE_URL TOKEN}
 */
public final class FirstCallSdk {
  private FirstCallSdk() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    ApiClient apiClient = ApiClient.Builder.standard().withBasePath(args[0]).withAccessToken(args[1]).build();
    try {
      SegmentListing page = new JourneyApi(apiClient).getJourneySegments(null, null, null, null, null, null, null);
      long answered = System.nanoTime();
      System.out.printf("{\"client\":\"sdk\",\"firstAnswerMs\":%.1f,\"segments\":%d}%n",
          (answered - start) / 1e6, page.getEntities().size());
      System.out.flush();
    } finally {
      apiClient.close();
    }
  }
}
