package io.journeydsl.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.analytics.JourneyAggregationQuery;
import io.journeydsl.error.ErrorBody;
import io.journeydsl.error.JourneyApiException;
import io.journeydsl.error.NotFoundException;
import io.journeydsl.error.ServerErrorException;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.spi.MissingParameterException;
import io.journeydsl.spi.Operation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyClientTest {

  static RecordingTransport failingWith(int status) {
    return new RecordingTransport(op -> {
      throw JourneyApiException.forStatus(op.operation(), status,
          ErrorBody.builder().message("boom").build(), "corr-1", null);
    });
  }

  @Test
  void findIsEmptyOn404AndGetThrows() {
    JourneyClient client = JourneyClient.create(failingWith(404));

    assertThat(client.segments().find("s1")).isEmpty();
    assertThat(client.outcomes().find("o1")).isEmpty();
    assertThat(client.actionMaps().find("a1")).isEmpty();
    assertThat(client.actionTemplates().find("t1")).isEmpty();
    assertThat(client.actionTargets().find("x1")).isEmpty();
    assertThatThrownBy(() -> client.segments().get("s1"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("404 not found on GET_JOURNEY_SEGMENT: boom (correlation id corr-1)");
  }

  @Test
  void findReturnsTheEntityAndPropagatesOtherErrors() {
    RecordingTransport ok = new RecordingTransport(op -> JourneySegment.builder().id("s1").build());
    assertThat(JourneyClient.create(ok).segments().find("s1")).map(JourneySegment::id).contains("s1");

    assertThatThrownBy(() -> JourneyClient.create(failingWith(503)).segments().find("s1"))
        .isInstanceOf(ServerErrorException.class);
  }

  @Test
  void blankIdsAndAMissingAnalyticsBodyFailBeforeSending() {
    RecordingTransport transport = new RecordingTransport();
    JourneyClient client = JourneyClient.create(transport);

    assertThatThrownBy(() -> client.segments().get(" "))
        .isInstanceOf(MissingParameterException.class)
        .hasMessage("Missing the required parameter 'segmentId' when calling getJourneySegment");
    assertThatThrownBy(() -> client.actionTemplates().delete("", true))
        .isInstanceOf(MissingParameterException.class).hasMessageContaining("'actionTemplateId'");
    assertThatThrownBy(() -> client.actionTargets().patch(null, p -> p.name("x")))
        .isInstanceOf(MissingParameterException.class).hasMessageContaining("'actionTargetId'");
    assertThatThrownBy(() -> client.analytics().query((JourneyAggregationQuery) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Missing the required parameter 'body' when calling postAnalyticsJourneysAggregatesQuery");
    assertThat(transport.calls).isEmpty();
  }

  @Test
  void aBorrowedTransportOutlivesEveryClientMadeOverIt() {
    RecordingTransport transport = new RecordingTransport();
    try (JourneyClient first = JourneyClient.create(transport);
        JourneyClient second = JourneyClient.builder().transport(transport).build()) {
      first.segments().list();
      second.segments().list();
    }
    assertThat(transport.closed).isFalse();
    assertThat(transport.calls).hasSize(2);
  }

  @Test
  void anOwnedTransportIsClosedWithItsClient() {
    RecordingTransport viaFactory = new RecordingTransport();
    JourneyClient.owning(viaFactory).close();
    RecordingTransport viaBuilder = new RecordingTransport();
    JourneyClient.builder().ownedTransport(viaBuilder).build().close();
    assertThat(viaFactory.closed).isTrue();
    assertThat(viaBuilder.closed).isTrue();
  }

  @Test
  void aBuilderNeedsATransport() {
    assertThatThrownBy(() -> JourneyClient.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("transport");
  }

  @Test
  void decoratorsWrapInOrderTheLastAddedSeesCallsFirst() {
    List<String> seen = new ArrayList<>();
    RecordingTransport transport = new RecordingTransport();
    JourneyClient client = JourneyClient.builder()
        .ownedTransport(transport)
        .decorate(next -> tagging("inner", next, seen))
        .decorate(next -> tagging("outer", next, seen))
        .build();

    client.outcomes().delete("o1");

    assertThat(seen).containsExactly("outer DELETE_JOURNEY_OUTCOME", "inner DELETE_JOURNEY_OUTCOME");
    assertThat(transport.calls).extracting(JourneyOperation::operation).containsExactly(Operation.DELETE_JOURNEY_OUTCOME);
    client.close();
    assertThat(transport.closed).isTrue();
  }

  private static JourneyTransport tagging(String name, JourneyTransport next, List<String> seen) {
    return new JourneyTransport() {
      @Override
      public <R> R execute(JourneyOperation<R> operation) {
        seen.add(name + " " + operation.operation());
        return next.execute(operation);
      }

      @Override
      public void close() {
        next.close();
      }
    };
  }

  @Test
  void sortByJoinsFieldsWithCommas() {
    assertThat(SegmentQuery.builder().sortBy("displayName", "-createdDate", "version").build().sortBy())
        .isEqualTo("displayName,-createdDate,version");
    assertThat(ActionMapQuery.builder().sortBy("-weight").build().sortBy()).isEqualTo("-weight");
  }
}
