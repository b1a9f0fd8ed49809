package io.journeydsl.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class GenesysRegionTest {
  @Test
  void everyRegionHasMatchingApiAndLoginHosts() {
    assertThat(GenesysRegion.values()).hasSize(18);
    for (GenesysRegion region : GenesysRegion.values()) {
      assertThat(region.apiBaseUrl().getHost()).isEqualTo("api." + region.domain());
      assertThat(region.loginBaseUrl().getHost()).isEqualTo("login." + region.domain());
      assertThat(region.apiBaseUrl().getScheme()).isEqualTo("https");
    }
    assertThat(GenesysRegion.EU_WEST_1.apiBaseUrl()).isEqualTo(URI.create("https://api.mypurecloud.ie"));
    assertThat(GenesysRegion.US_EAST_2.loginBaseUrl()).isEqualTo(URI.create("https://login.use2.us-gov-pure.cloud"));
    assertThat(GenesysRegion.AP_NORTHEAST_2.sdkName()).isEqualTo("ap_northeast_2");
  }

  @Test
  void theBuilderSaysWhatIsMissing() {
    assertThatThrownBy(() -> FeignJourneyTransport.builder().bearerToken("t").build()).hasMessageContaining("region or a baseUrl");
    assertThatThrownBy(() -> FeignJourneyTransport.builder().region(GenesysRegion.EU_WEST_1).build())
        .hasMessageContaining("credentials");
    assertThatThrownBy(() -> ClientCredentials.of("id", "")).hasMessageContaining("clientSecret");
  }
}
