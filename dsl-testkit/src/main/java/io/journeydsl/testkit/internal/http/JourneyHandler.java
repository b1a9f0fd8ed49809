package io.journeydsl.testkit.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.Operation;
import io.journeydsl.testkit.Fault;
import io.journeydsl.testkit.FrontDoor;
import io.journeydsl.testkit.internal.core.Answer;
import io.journeydsl.testkit.internal.core.ApiError;
import io.journeydsl.testkit.internal.core.Dispatcher;
import io.journeydsl.testkit.internal.core.RecordedCallDraft;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The Jetty handler of the HTTP front door: reads the body (bounded in size and time, see
 * {@link BodyReader}), checks the bearer token, decodes the operation, dispatches it to the shared
 * {@link Dispatcher} and writes the answer with the exact Genesys header names; serves
 * {@code POST /oauth/token}. It knows the fake only through its dispatcher and clock. Every answer,
 * also to a body too large (413), too slow (408) or not UTF-8 (400), is a Genesys error body, and a
 * rejected body is never recorded.
 */
final class JourneyHandler extends Handler.Abstract.NonBlocking {
  /** The content type of every JSON answer, its header line encoded once rather than per answer. */
  private static final HttpField JSON_CONTENT_TYPE = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "application/json");
  private final Dispatcher dispatcher;
  private final Clock clock;
  private final TokenAuthority tokens;
  private final int maxBodyBytes;
  private final long requestTimeoutMillis;

  JourneyHandler(Dispatcher dispatcher, Clock clock, TokenAuthority tokens, int maxBodyBytes, long requestTimeoutMillis) {
    this.dispatcher = dispatcher;
    this.clock = clock;
    this.tokens = tokens;
    this.maxBodyBytes = maxBodyBytes;
    this.requestTimeoutMillis = requestTimeoutMillis;
  }

  /**
   * Handles a request on Jetty's selector thread when answering cannot block, which saves handing
   * every call to a pooled thread (most of the fake's cost per call beyond the work itself).
   * Faults that sleep and a state file on disk can block, so then the call goes to the pool.
   */
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (dispatcher.mayBlock()) {
      request.getComponents().getThreadPool().execute(() -> readAndServe(request, response, callback));
    } else {
      readAndServe(request, response, callback);
    }
    return true;
  }

  private void readAndServe(Request request, Response response, Callback callback) {
    BodyReader.read(request, maxBodyBytes, requestTimeoutMillis, request.getComponents().getScheduler(),
        new BodyReader.Outcome() {
          @Override
          public void body(byte[] bytes) {
            serve(request, response, callback, bytes);
          }

          @Override
          public void tooLarge() {
            refuse(request, response, callback, ApiError.of(413, "request.too.large", "The request body is larger than "
                + maxBodyBytes + " bytes, the most this server accepts."));
          }

          @Override
          public void tooSlow() {
            refuse(request, response, callback, ApiError.of(408, "request.timeout", "The request did not arrive within "
                + requestTimeoutMillis + " ms."));
          }

          @Override
          public void failed(Throwable failure) {
            callback.failed(failure);
          }
        });
  }

  /** Answers a request whose body was not read to its end, and closes the connection behind it. */
  private void refuse(Request request, Response response, Callback callback, ApiError error) {
    try {
      Answer answer = dispatcher.reject(error, draft(request, null));
      response.getHeaders().put("Connection", "close");
      write(response, callback, answer);
    } catch (Throwable unexpected) {
      callback.failed(unexpected);
    }
  }

  private RecordedCallDraft draft(Request request, String body) {
    return draft(request, body, HttpDecoder.route(request.getMethod(), request.getHttpURI().getPath(), true));
  }

  private RecordedCallDraft draft(Request request, String body, @Nullable Operation routed) {
    String method = request.getMethod();
    String path = request.getHttpURI().getPath();
    String query = request.getHttpURI().getQuery() == null ? "" : request.getHttpURI().getQuery();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getName(), k -> new ArrayList<>()).add(field.getValue());
    }
    return new RecordedCallDraft(clock.instant(), FrontDoor.HTTP, routed, method, path, query, headers, body);
  }

  private void serve(Request request, Response response, Callback callback, byte[] bytes) {
    try {
      String method = request.getMethod();
      String path = request.getHttpURI().getPath();
      String query = request.getHttpURI().getQuery() == null ? "" : request.getHttpURI().getQuery();
      String authorization = request.getHeaders().get("Authorization");
      String body;
      try {
        body = StrictUtf8.decode(bytes);
      } catch (ApiError notText) {
        write(response, callback, dispatcher.reject(notText, draft(request, null)));
        return;
      }
      if (path.equals("/oauth/token") && method.equals("POST")) {
        oauth(response, callback, draft(request, null), authorization, body);
        return;
      }
      Operation routed = HttpDecoder.route(method, path, true);
      RecordedCallDraft draft = draft(request, body.isEmpty() ? null : body, routed);
      ApiError denied = tokens.check(authorization);
      Answer answer;
      if (denied != null) {
        answer = dispatcher.reject(denied, draft);
      } else {
        JourneyOperation<?> operation;
        try {
          operation = HttpDecoder.decode(routed, method, path, query, request.getHeaders().get("Content-Type"), body.isEmpty() ? null : body);
        } catch (ApiError error) {
          answer = dispatcher.reject(error, draft);
          write(response, callback, answer);
          return;
        }
        answer = dispatcher.dispatch(operation, draft);
      }
      write(response, callback, answer);
    } catch (Throwable unexpected) {
      // Jetty answers through GenesysErrorHandler: a bare 500 error body, nothing of the throwable.
      callback.failed(unexpected);
    }
  }

  private void oauth(Response response, Callback callback, RecordedCallDraft withoutBody, String authorization,
      String body) throws JsonProcessingException {
    TokenAuthority.Grant grant = tokens.grant(authorization, body);
    // The token request's body is never recorded, and neither is its path's query.
    RecordedCallDraft draft = new RecordedCallDraft(withoutBody.timestamp(), FrontDoor.HTTP, null,
        "POST", "/oauth/token", "", withoutBody.headers(), null);
    String correlationId = dispatcher.note(draft, grant.status());
    response.setStatus(grant.status());
    response.getHeaders().put("ININ-Correlation-Id", correlationId);
    response.getHeaders().put("Content-Type", "application/json");
    response.getHeaders().put("Cache-Control", "no-cache, no-store, must-revalidate");
    byte[] bytes = JourneyJson.mapper().writeValueAsBytes(grant.body());
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  private static void write(Response response, Callback callback, Answer answer) throws IOException {
    if (answer.transportEffect() != null) {
      if (answer.transportEffect() == Fault.Effect.STALL) {
        try {
          Thread.sleep(answer.stall().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      response.getRequest().getConnectionMetaData().getConnection().getEndPoint().close();
      callback.failed(new IOException("connection dropped by an injected fault"));
      return;
    }
    response.setStatus(answer.status());
    HttpFields.Mutable fields = response.getHeaders();
    answer.headers().forEach(fields::put);
    if (answer.isError()) {
      fields.put(JSON_CONTENT_TYPE);
      response.write(true, ByteBuffer.wrap(JourneyJson.mapper().writeValueAsBytes(answer.error())), callback);
    } else if (answer.body() != null) {
      fields.put(JSON_CONTENT_TYPE);
      // The stored version's bytes, written once for it, not a new copy of its tree written again.
      response.write(true, answer.body().wire(), callback);
    } else {
      // An empty last write, not callback.succeeded(): completing a request that wrote nothing
      // leaves Jetty to write the answer while the connection may already be handling the next
      // request, which now and then closed it (a keep-alive POST right after a 204 DELETE failed).
      response.write(true, ByteBuffer.allocate(0), callback);
    }
  }
}
