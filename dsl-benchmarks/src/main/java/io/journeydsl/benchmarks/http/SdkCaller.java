package io.journeydsl.benchmarks.http;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.api.JourneyApi;
import com.mypurecloud.sdk.v2.model.JourneySegment;
import io.journeydsl.benchmarks.json.SdkSamples;
import io.journeydsl.json.JourneyJson;
import java.io.IOException;

/** The official SDK's {@code JourneyApi} (198.1.0, its default Apache HttpClient 4 connector). */
final class SdkCaller implements Caller {
  private final ApiClient apiClient;
  private final JourneyApi api;
  private final JourneySegment template;

  SdkCaller(Wire wire) throws IOException {
    apiClient = ApiClient.Builder.standard().withBasePath(wire.base.toString()).withAccessToken(Wire.TOKEN).build();
    api = new JourneyApi(apiClient);
    template = SdkSamples.sdkMapper().readValue(JourneyJson.mapper().writeValueAsBytes(wire.body), JourneySegment.class);
  }

  @Override
  public Object getOne(String id) throws Exception {
    return api.getJourneySegment(id);
  }

  @Override
  public Object listPage100() throws Exception {
    return api.getJourneySegments(null, 100, 1, null, null, null, null);
  }

  @Override
  public Object postDelete(String displayName) throws Exception {
    // A new body per call, sharing the template's nested objects (the SDK's models are mutable).
    JourneySegment body = new JourneySegment().displayName(displayName).description(template.getDescription())
        .color(template.getColor()).scope(template.getScope()).isActive(template.getIsActive())
        .shouldDisplayToAgent(template.getShouldDisplayToAgent()).context(template.getContext())
        .journey(template.getJourney()).externalSegment(template.getExternalSegment())
        .assignmentExpirationDays(template.getAssignmentExpirationDays());
    JourneySegment created = api.postJourneySegments(body);
    api.deleteJourneySegment(created.getId());
    return created;
  }

  @Override
  public void close() throws Exception {
    apiClient.close();
  }
}
