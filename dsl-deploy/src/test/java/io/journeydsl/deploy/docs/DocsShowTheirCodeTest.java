package io.journeydsl.deploy.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/getting-started.md} and {@code docs/testing.md} show the code of this package exactly,
 * so what a reader copies is what the build compiles and runs.
 */
class DocsShowTheirCodeTest {

  @Test
  void gettingStartedShowsTheConfigurationTheTestAndTheDeployment() {
    ShownCode.assertShows("getting-started.md", "RetailJourney.java", "GS-CONFIG");
    ShownCode.assertShows("getting-started.md", "RetailJourneyTest.java", "GS-TEST");
    ShownCode.assertShows("getting-started.md", "DeployRetailJourney.java", "GS-DEPLOY");
  }

  @Test
  void gettingStartedNamesModulesThatExist() {
    Matcher m = Pattern.compile("<artifactId>(dsl-[a-z-]+)</artifactId>")
        .matcher(ShownCode.text(ShownCode.DOCS.resolve("getting-started.md")));
    int modules = 0;
    while (m.find()) {
      assertThat(Path.of("..", m.group(1), "pom.xml")).as("module " + m.group(1)).satisfies(p -> assertThat(Files.isRegularFile(p)).isTrue());
      modules++;
    }
    assertThat(modules).isEqualTo(5);
  }

  @Test
  void testingShowsTheExtensionBothWaysAndAProperty() {
    ShownCode.assertShows("testing.md", "OverHttpTest.java", "TESTING-HTTP");
    ShownCode.assertShows("testing.md", "SharedFakeTest.java", "TESTING-SHARED");
    ShownCode.assertShows("testing.md", "BundleProperties.java", "TESTING-JQWIK");
  }
}
