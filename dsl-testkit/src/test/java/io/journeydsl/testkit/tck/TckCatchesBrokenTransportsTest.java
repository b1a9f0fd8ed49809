package io.journeydsl.testkit.tck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.error.JourneyApiException;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.testkit.FakeJourneyApi;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The TCK fails a transport that gets the contract wrong: each case runs one TCK test, with its
 * lifecycle, over a transport broken in one way, and expects the test to fail.
 */
class TckCatchesBrokenTransportsTest {

  @Test
  void aTransportThatDropsQueryParametersFailsTheListingTest() {
    JourneyTransportTck tck = over(operation -> {
      JourneyOperation.Builder<?> copy = JourneyOperation.builder(operation.operation(), operation.responseType())
          .body(operation.body());
      operation.pathParameters().forEach(copy::pathParameter);
      return copy.build();
    });
    assertThatThrownBy(() -> run(tck, tck::listingsPageSortAndQueryWithTheFullEnvelope)).isInstanceOf(AssertionError.class);
  }

  @Test
  void aTransportThatSwallowsErrorsFailsTheErrorTest() {
    JourneyTransportTck tck = new JourneyTransportTck() {
      @Override
      protected JourneyTransport transport(FakeJourneyApi fake) {
        return new JourneyTransport() {
          @Override
          public <R> R execute(JourneyOperation<R> operation) {
            try {
              return fake.execute(operation);
            } catch (JourneyApiException e) {
              return null;
            }
          }
        };
      }
    };
    assertThatThrownBy(() -> run(tck, tck::aStaleVersionIs409AndAnUnknownIdIs404)).isInstanceOf(AssertionError.class);
  }

  private static JourneyTransportTck over(UnaryOperator<JourneyOperation<?>> breakage) {
    return new JourneyTransportTck() {
      @Override
      protected JourneyTransport transport(FakeJourneyApi fake) {
        return new JourneyTransport() {
          @Override
          @SuppressWarnings("unchecked")
          public <R> R execute(JourneyOperation<R> operation) {
            return fake.execute((JourneyOperation<R>) breakage.apply(operation));
          }
        };
      }
    };
  }

  private static void run(JourneyTransportTck tck, Runnable test) {
    tck.openTransport();
    try {
      test.run();
    } finally {
      tck.closeTransport();
    }
  }
}
