package io.journeydsl.testkit.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A user who only uses the in-memory fake never loads a Jetty class, so Jetty can stay off their
 * class path. Each scenario runs in a fresh {@link JettyFreeLoader}, which records every class it
 * defines; the served scenario is the control that shows the recording sees Jetty when it is used.
 */
class InMemoryFakeLoadsNoJettyTest {

  private static Supplier<?> load(JettyFreeLoader loader, Class<?> scenario) throws ReflectiveOperationException {
    Class<?> isolated = loader.loadClass(scenario.getName());
    assertThat(isolated.getClassLoader()).as("the scenario runs in the isolated loader").isSameAs(loader);
    return (Supplier<?>) isolated.getConstructor().newInstance();
  }

  @Test
  void creatingAndListingThroughTheInMemoryClientLoadsNoJettyClass() throws Exception {
    try (JettyFreeLoader loader = new JettyFreeLoader()) {
      Object listed = load(loader, InMemoryScenario.class).get();

      assertThat(listed).isEqualTo(1);
      assertThat(loader.defined()).as("the fake itself ran in the isolated loader")
          .contains("io.journeydsl.testkit.internal.core.InMemoryFake");
      assertThat(loader.defined()).filteredOn(name -> name.startsWith("org.eclipse.jetty.")).isEmpty();
    }
  }

  @Test
  void servingTheFakeDoesLoadJettyInTheSameKindOfLoader() throws Exception {
    try (JettyFreeLoader loader = new JettyFreeLoader()) {
      Object port = load(loader, ServedScenario.class).get();

      assertThat((Integer) port).isPositive();
      assertThat(loader.defined()).anyMatch(name -> name.startsWith("org.eclipse.jetty."));
    }
  }
}
