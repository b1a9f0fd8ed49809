package io.journeydsl.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.spi.Operation;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JourneyApiExceptionTest {

  @ParameterizedTest
  @CsvSource({
      "400, BadRequestException",
      "401, UnauthorizedException",
      "403, ForbiddenException",
      "404, NotFoundException",
      "409, ConflictException",
      "429, RateLimitedException",
      "500, ServerErrorException",
      "502, ServerErrorException",
      "503, ServerErrorException",
      "599, ServerErrorException",
      "0, TransportFailureException",
      "301, UnexpectedStatusException",
      "405, UnexpectedStatusException",
      "408, UnexpectedStatusException",
      "413, UnexpectedStatusException",
      "600, UnexpectedStatusException"})
  void forStatusPicksTheSubclass(int status, String type) {
    JourneyApiException e = JourneyApiException.forStatus(Operation.GET_JOURNEY_SEGMENT, status, null, null, null);
    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.operation()).isEqualTo(Operation.GET_JOURNEY_SEGMENT);
  }

  @Test
  void successStatusesAreNotErrors() {
    assertThatThrownBy(() -> JourneyApiException.forStatus(null, 204, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JourneyApiException.forStatus(null, -1, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFamilyIsSealedWithExactlyTheseSubclasses() {
    assertThat(JourneyApiException.class.isSealed()).isTrue();
    assertThat(List.of(JourneyApiException.class.getPermittedSubclasses())).extracting(Class::getSimpleName)
        .containsExactlyInAnyOrder("BadRequestException", "UnauthorizedException", "ForbiddenException",
            "NotFoundException", "ConflictException", "RateLimitedException", "ServerErrorException",
            "TransportFailureException", "UnexpectedStatusException");
  }

  @Test
  void theMessageNamesStatusOperationErrorAndCorrelationId() {
    ErrorBody body = ErrorBody.builder().message("Segment version 3 is stale").code("conflict").status(409)
        .contextId("ctx-9").build();
    JourneyApiException e = JourneyApiException.forStatus(Operation.PATCH_JOURNEY_SEGMENT, 409, body, "corr-1", null);

    assertThat(e).isInstanceOf(ConflictException.class)
        .hasMessage("409 conflict on PATCH_JOURNEY_SEGMENT: Segment version 3 is stale (correlation id corr-1)");
    assertThat(e.errorBody()).contains(body);
    assertThat(e.correlationId()).contains("corr-1");
  }

  @Test
  void withoutTheHeaderTheBodysContextIdIsTheCorrelationId() {
    ErrorBody body = ErrorBody.builder().code("not.found").contextId("ctx-9").build();
    JourneyApiException e = JourneyApiException.forStatus(null, 404, body, null, null);
    assertThat(e.correlationId()).contains("ctx-9");
    assertThat(e).hasMessage("404 not found: not.found (correlation id ctx-9)");

    JourneyApiException bare = JourneyApiException.forStatus(Operation.GET_JOURNEY_OUTCOMES, 500, null, null, null);
    assertThat(bare).hasMessage("500 server error on GET_JOURNEY_OUTCOMES");
    assertThat(bare.errorBody()).isEmpty();
    assertThat(bare.correlationId()).isEmpty();
  }

  @Test
  void rateLimitedCarriesRetryAfter() {
    RateLimitedException e = (RateLimitedException) JourneyApiException.forStatus(
        Operation.GET_JOURNEY_SEGMENTS, 429, null, "c", Duration.ofSeconds(7));
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(new RateLimitedException(null, null, null, null).retryAfter()).isEmpty();
  }

  @Test
  void badRequestExposesDetailsErrorsAndVersionMismatch() {
    ErrorBody body = ErrorBody.builder()
        .message("The version supplied does not match the current version of the segment")
        .addDetail(Detail.builder().fieldName("displayName").errorCode("required").build())
        .addError(ErrorBody.builder().message("displayName is required").build())
        .messageParams(Map.of("field", "displayName"))
        .build();
    BadRequestException e = (BadRequestException) JourneyApiException.forStatus(
        Operation.PATCH_JOURNEY_SEGMENT, 400, body, null, null);
    assertThat(e.details()).extracting(Detail::fieldName).containsExactly("displayName");
    assertThat(e.errors()).extracting(ErrorBody::message).containsExactly("displayName is required");
    assertThat(e.isVersionMismatch()).isTrue();

    BadRequestException empty = new BadRequestException(null, null, null);
    assertThat(empty.details()).isEmpty();
    assertThat(empty.errors()).isEmpty();
    assertThat(empty.isVersionMismatch()).isFalse();
  }

  @Test
  void transportFailuresSayWhetherTheOutcomeIsUnknown() {
    IOException cause = new IOException("Connection reset");
    TransportFailureException unknown = new TransportFailureException(
        Operation.POST_JOURNEY_SEGMENTS, true, "connection reset after sending", cause);
    assertThat(unknown.status()).isZero();
    assertThat(unknown.outcomeUnknown()).isTrue();
    assertThat(unknown).hasCause(cause).hasMessage("transport failure on POST_JOURNEY_SEGMENTS: "
        + "connection reset after sending (outcome unknown: the request may have reached the server)");

    TransportFailureException refused = new TransportFailureException(
        Operation.POST_JOURNEY_SEGMENTS, false, "connection refused", null);
    assertThat(refused.outcomeUnknown()).isFalse();
    assertThat(refused).hasMessage("transport failure on POST_JOURNEY_SEGMENTS: connection refused");

    assertThat(((TransportFailureException) JourneyApiException.forStatus(null, 0, null, null, null))
        .outcomeUnknown()).isTrue();
  }

  @Test
  void aServerErrorNeedsA5xxStatus() {
    assertThatThrownBy(() -> new ServerErrorException(null, 404, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
