package io.journeydsl.testkit.junit;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension giving each test a fresh fake by parameter injection (so it works with
 * {@code @Nested} and inherited tests, and never touches fields): declare a parameter of type
 * {@link FakeJourneyApi}, {@link JourneyClient} (over that fake) or {@link FakeJourneyServer}
 * (serving that fake, closed after the test). Parameters of one test share one fake.
 *
 * <pre>{@code
 * @ExtendWith(FakeJourneyApiExtension.class)
 * class MyTest {
 *   @Test void creates(JourneyClient client, FakeJourneyApi fake) { ... }
 * }
 * }</pre>
 */
public final class FakeJourneyApiExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FakeJourneyApiExtension.class);

  /** Creates the extension (JUnit instantiates it). */
  public FakeJourneyApiExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == FakeJourneyApi.class || type == JourneyClient.class || type == FakeJourneyServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    FakeJourneyApi fake = store.getOrComputeIfAbsent("fake", key -> FakeJourneyApi.create(), FakeJourneyApi.class);
    Class<?> type = parameter.getParameter().getType();
    if (type == JourneyClient.class) {
      return fake.client();
    }
    if (type == FakeJourneyServer.class) {
      return store.getOrComputeIfAbsent("server", key -> new ClosingServer(FakeJourneyServer.start(fake)), ClosingServer.class).server;
    }
    return fake;
  }

  /** Closes the server when JUnit closes the test's store. */
  private static final class ClosingServer implements ExtensionContext.Store.CloseableResource {
    final FakeJourneyServer server;

    ClosingServer(FakeJourneyServer server) {
      this.server = server;
    }

    @Override
    public void close() {
      server.close();
    }
  }
}
