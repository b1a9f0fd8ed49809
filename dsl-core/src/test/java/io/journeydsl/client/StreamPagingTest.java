package io.journeydsl.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.outcome.Outcome;
import io.journeydsl.model.Listing;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.spi.JourneyOperation;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** stream() fetches pages on demand and stops at the last page. */
class StreamPagingTest {

  /** A server with {@code total} segments in pages of {@code size}, answering by pageNumber. */
  static RecordingTransport segmentsServer(int total, int size) {
    int pageCount = (total + size - 1) / size;
    return new RecordingTransport(op -> {
      List<String> numbers = op.queryParameters().get("pageNumber");
      int number = numbers == null ? 1 : Integer.parseInt(numbers.get(0));
      List<JourneySegment> entities = IntStream.range((number - 1) * size, Math.min(number * size, total))
          .mapToObj(i -> JourneySegment.builder().id("s" + i).build()).toList();
      return Listing.<JourneySegment>builder().entities(entities).pageNumber(number).pageSize(size)
          .total((long) total).pageCount(pageCount).build();
    });
  }

  @Test
  void aFullStreamFetchesEveryPageOnceAndKeepsTheQuery() {
    RecordingTransport transport = segmentsServer(7, 3);
    List<String> ids = JourneyClient.create(transport).segments()
        .stream(SegmentQuery.builder().pageSize(3).isActive(true).sortBy("displayName").build())
        .map(JourneySegment::id).toList();

    assertThat(ids).containsExactly("s0", "s1", "s2", "s3", "s4", "s5", "s6");
    assertThat(transport.calls).extracting(JourneyOperation::queryString).containsExactly(
        "sortBy=displayName&pageSize=3&isActive=true",
        "sortBy=displayName&pageSize=3&pageNumber=2&isActive=true",
        "sortBy=displayName&pageSize=3&pageNumber=3&isActive=true");
  }

  @Test
  void nothingIsFetchedUntilTheStreamIsConsumed() {
    RecordingTransport transport = segmentsServer(7, 3);
    var stream = JourneyClient.create(transport).segments().stream();
    assertThat(transport.calls).isEmpty();
    stream.close();
  }

  @Test
  void aPartlyConsumedStreamDoesNotFetchTheNextPage() {
    RecordingTransport transport = segmentsServer(7, 3);
    SegmentClient segments = JourneyClient.create(transport).segments();

    assertThat(segments.stream().findFirst()).map(JourneySegment::id).contains("s0");
    assertThat(transport.calls).hasSize(1);

    transport.calls.clear();
    assertThat(segments.stream().limit(3).map(JourneySegment::id).toList()).containsExactly("s0", "s1", "s2");
    assertThat(transport.calls).hasSize(1);

    transport.calls.clear();
    assertThat(segments.stream().limit(4).count()).isEqualTo(4);
    assertThat(transport.calls).hasSize(2);
  }

  @Test
  void aStreamStartsAtTheQuerysPageNumber() {
    RecordingTransport transport = segmentsServer(7, 3);
    List<String> ids = JourneyClient.create(transport).segments()
        .stream(q -> q.pageSize(3).pageNumber(2))
        .map(JourneySegment::id).toList();
    assertThat(ids).containsExactly("s3", "s4", "s5", "s6");
    assertThat(transport.calls).extracting(JourneyOperation::queryString)
        .containsExactly("pageSize=3&pageNumber=2", "pageSize=3&pageNumber=3");
  }

  @Test
  void aSinglePageAndAnEmptyResultNeedOneCall() {
    RecordingTransport one = segmentsServer(2, 25);
    assertThat(JourneyClient.create(one).segments().stream().count()).isEqualTo(2);
    assertThat(one.calls).hasSize(1);

    RecordingTransport none = segmentsServer(0, 25);
    assertThat(JourneyClient.create(none).segments().stream().count()).isZero();
    assertThat(none.calls).hasSize(1);
  }

  @Test
  void withoutPageCountTheNextUriDecidesAndAnEmptyPageEnds() {
    RecordingTransport transport = new RecordingTransport(op -> {
      List<String> numbers = op.queryParameters().get("pageNumber");
      int number = numbers == null ? 1 : Integer.parseInt(numbers.get(0));
      Listing.Builder<Outcome> page = Listing.<Outcome>builder()
          .nextUri("/api/v2/journey/outcomes?pageNumber=" + (number + 1));
      page.entities(number < 3 ? List.of(Outcome.builder().id("o" + number).build()) : List.of());
      return page.build();
    });
    List<String> ids = JourneyClient.create(transport).outcomes().stream().map(Outcome::id).toList();
    assertThat(ids).containsExactly("o1", "o2");
    assertThat(transport.calls).hasSize(3);
  }
}
