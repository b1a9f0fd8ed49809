package io.journeydsl.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Configurations that cannot apply fail loudly instead of being ignored. */
class ExtensionConfigurationTest {
  private static final ClassLoader LOADER = ExtensionConfigurationTest.class.getClassLoader();

  @JourneyFake(bearerToken = "t")
  private static final class TokenWithoutHttp {}

  @JourneyFake(http = true, clientId = "only-the-id")
  private static final class IdWithoutSecret {}

  @JourneyFake(clock = "yesterday")
  private static final class ClockNotAnInstant {}

  private static JourneyFake annotationOf(Class<?> type) {
    return type.getAnnotation(JourneyFake.class);
  }

  @Test
  void serverSettingsNeedHttp() {
    assertThatThrownBy(() -> FakeJourneyApiExtension.builder().clientCredentials("a", "b").port(8089).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("clientCredentials, port").hasMessageContaining("http()");
    assertThatThrownBy(() -> FakeJourneyApiExtension.Builder.from(annotationOf(TokenWithoutHttp.class)).setup())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("bearerToken");
    assertThat(FakeJourneyApiExtension.builder().http().bearerToken("t").tokenLifetime(Duration.ofMinutes(5)).build()).isNotNull();
  }

  @Test
  void badArgumentsFailWhenGiven() {
    assertThatThrownBy(() -> FakeJourneyApiExtension.builder().rateLimitPerMinute(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeJourneyApiExtension.builder().port(70_000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeJourneyApiExtension.Builder.from(annotationOf(IdWithoutSecret.class)))
        .hasMessageContaining("clientId and clientSecret go together");
    assertThatThrownBy(() -> FakeJourneyApiExtension.Builder.from(annotationOf(ClockNotAnInstant.class)))
        .hasMessageContaining("ISO-8601 instant");
  }

  @Test
  void aMissingBundleNamesTheResource() {
    RunningFake fake = FakeJourneyApiExtension.builder().bundleResource("bundles/missing.json").setup().start(LOADER);
    try (fake) {
      assertThatThrownBy(fake::prepare).isInstanceOf(ExtensionConfigurationException.class)
          .hasMessageContaining("bundles/missing.json");
    }
  }

  @Test
  void overHttpAJourneyClientIsRefusedAndTheServerServesTheFake() {
    try (RunningFake fake = FakeJourneyApiExtension.builder().http().setup().start(LOADER)) {
      assertThatThrownBy(() -> FakeJourneyApiExtension.resolve(JourneyClient.class, fake))
          .isInstanceOf(ParameterResolutionException.class).hasMessageContaining("FakeJourneyServer.baseUri()");
      FakeJourneyServer server = (FakeJourneyServer) FakeJourneyApiExtension.resolve(FakeJourneyServer.class, fake);
      assertThat(server.api()).isSameAs(FakeJourneyApiExtension.resolve(FakeJourneyApi.class, fake));
    }
    try (RunningFake fake = FakeJourneyApiExtension.builder().setup().start(LOADER)) {
      assertThat(FakeJourneyApiExtension.resolve(JourneyClient.class, fake)).isInstanceOf(JourneyClient.class);
    }
  }
}
