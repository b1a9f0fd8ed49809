package io.journeydsl.pattern;

import io.journeydsl.internal.Args;
import java.util.Objects;

/**
 * The stream and session type a journey pattern or event condition applies to, always set together:
 * {@link #WEB} ({@code Web}/{@code web}) and {@link #APP} ({@code App}/{@code app}) are the pairs
 * Genesys supports today; {@link #of} builds any other pair.
 */
public final class EventStream {
  /** Web sessions: stream type {@code Web}, session type {@code web}. */
  public static final EventStream WEB = new EventStream(StreamType.WEB, "web");
  /** App sessions: stream type {@code App}, session type {@code app}. */
  public static final EventStream APP = new EventStream(StreamType.APP, "app");

  private final StreamType streamType;
  private final String sessionType;

  private EventStream(StreamType streamType, String sessionType) {
    this.streamType = streamType;
    this.sessionType = sessionType;
  }

  /** Any stream and session type pair, e.g. for a {@code Custom} stream. */
  public static EventStream of(StreamType streamType, String sessionType) {
    return new EventStream(Args.requireNonNull(streamType, "streamType"),
        Args.requireText(sessionType, "sessionType"));
  }

  /** The wire {@code streamType}. */
  public StreamType streamType() {
    return streamType;
  }

  /** The wire {@code sessionType}. */
  public String sessionType() {
    return sessionType;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventStream other && other.streamType.equals(streamType)
        && other.sessionType.equals(sessionType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(streamType, sessionType);
  }

  @Override
  public String toString() {
    return streamType + "/" + sessionType;
  }
}
