package io.journeydsl.testkit;

import io.journeydsl.error.ErrorBody;
import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A fault injected in front of the fake's store: which calls it matches, how often it fires, and
 * what it does instead of (or before) the normal answer. Immutable; the fake keeps the firing count
 * per registration ({@link Faults#add(Fault)}).
 *
 * <pre>{@code
 * fake.faults().add(Fault.on(Operation.PATCH_JOURNEY_SEGMENT).times(2).rateLimited(Duration.ofSeconds(3)));
 * fake.faults().add(Fault.onAny().withProbability(0.1, 42).respond(503));
 * }</pre>
 */
public final class Fault {
  /** What a fault does when it fires. */
  public enum Effect {
    /** Answer with {@link #status()}, an error body and {@link #headers()}. */
    RESPOND,
    /** Only wait {@link #latency()}, then let the store answer normally. */
    DELAY,
    /** Close the connection without an answer (HTTP); in memory, a transport failure. */
    DROP_CONNECTION,
    /** Hold the request for {@link #latency()} and then close the connection without an answer. */
    STALL
  }

  private final Set<Operation> operations;
  private final @Nullable Predicate<JourneyOperation<?>> predicate;
  private final Effect effect;
  private final int status;
  private final @Nullable ErrorBody errorBody;
  private final Map<String, String> headers;
  private final Duration latency;
  private final int times;
  private final double probability;
  private final long seed;

  private Fault(Builder builder, Effect effect) {
    this.operations = Collections.unmodifiableSet(builder.operations.isEmpty()
        ? EnumSet.noneOf(Operation.class) : EnumSet.copyOf(builder.operations));
    this.predicate = builder.predicate;
    this.effect = effect;
    this.status = builder.status;
    this.errorBody = builder.errorBody;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.latency = builder.latency;
    this.times = builder.times;
    this.probability = builder.probability;
    this.seed = builder.seed;
  }

  /**
   * Starts a fault matching calls of the given operations.
   *
   * @param first an operation
   * @param more more operations
   * @return a builder
   */
  public static Builder on(Operation first, Operation... more) {
    Builder builder = new Builder();
    builder.operations.add(Objects.requireNonNull(first, "operation"));
    for (Operation operation : more) {
      builder.operations.add(Objects.requireNonNull(operation, "operation"));
    }
    return builder;
  }

  /** Starts a fault matching calls of every operation. */
  public static Builder onAny() {
    return new Builder();
  }

  /** The operations matched; empty means every operation. */
  public Set<Operation> operations() {
    return operations;
  }

  /** Whether this fault matches a call (operations and predicate; not the count or probability). */
  public boolean matches(JourneyOperation<?> call) {
    return (operations.isEmpty() || operations.contains(call.operation()))
        && (predicate == null || predicate.test(call));
  }

  /** What the fault does. */
  public Effect effect() {
    return effect;
  }

  /** The status answered by a {@link Effect#RESPOND} fault; 0 otherwise. */
  public int status() {
    return status;
  }

  /** The error body answered; when empty the fake builds the Genesys body for the status. */
  public Optional<ErrorBody> errorBody() {
    return Optional.ofNullable(errorBody);
  }

  /** Extra response headers, with exact name spelling. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The delay before the effect ({@link Effect#STALL}: how long the request is held). */
  public Duration latency() {
    return latency;
  }

  /** How many times the fault fires; {@code -1} means always. */
  public int times() {
    return times;
  }

  /** The probability that a matching call fires the fault. */
  public double probability() {
    return probability;
  }

  /** The seed of the random source deciding {@link #probability()}. */
  public long seed() {
    return seed;
  }

  /** A short description for the journal, e.g. {@code RESPOND 429 on [GET_JOURNEY_SEGMENT]}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(effect.name());
    if (effect == Effect.RESPOND) {
      out.append(' ').append(status);
    }
    if (!latency.isZero()) {
      out.append(" after ").append(latency.toMillis()).append("ms");
    }
    out.append(" on ").append(operations.isEmpty() ? "any operation" : operations.toString());
    return out.toString();
  }

  /** Builds a {@link Fault}: choose matching and frequency, then finish with an effect. */
  public static final class Builder {
    private final Set<Operation> operations = EnumSet.noneOf(Operation.class);
    private @Nullable Predicate<JourneyOperation<?>> predicate;
    private int status;
    private @Nullable ErrorBody errorBody;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Duration latency = Duration.ZERO;
    private int times = 1;
    private double probability = 1.0;
    private long seed;

    private Builder() {}

    /**
     * Also requires the call to satisfy {@code predicate} (e.g. a path parameter or body value).
     *
     * @param predicate the condition on the decoded call
     * @return this builder
     */
    public Builder when(Predicate<JourneyOperation<?>> predicate) {
      this.predicate = Objects.requireNonNull(predicate, "predicate");
      return this;
    }

    /** Fires for the first matching call only (the default). */
    public Builder once() {
      return times(1);
    }

    /**
     * Fires for the first {@code n} matching calls.
     *
     * @param n at least 1
     * @return this builder
     */
    public Builder times(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("times must be at least 1, was " + n);
      }
      this.times = n;
      return this;
    }

    /** Fires for every matching call. */
    public Builder always() {
      this.times = -1;
      return this;
    }

    /**
     * Fires for a matching call with probability {@code p}, decided by a random source seeded with
     * {@code seed} (so a run is reproducible); combine with {@link #always()} for chaos testing.
     *
     * @param p in (0, 1]
     * @param seed the seed
     * @return this builder
     */
    public Builder withProbability(double p, long seed) {
      if (!(p > 0 && p <= 1)) {
        throw new IllegalArgumentException("probability must be in (0, 1], was " + p);
      }
      this.probability = p;
      this.seed = seed;
      return this;
    }

    /**
     * Waits this long before the effect.
     *
     * @param delay a non-negative duration
     * @return this builder
     */
    public Builder latency(Duration delay) {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("latency must not be negative");
      }
      this.latency = delay;
      return this;
    }

    /**
     * Adds a response header, spelled exactly as given.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Answers with this error body instead of the fake's default one for the status; its
     * {@code contextId} is replaced by the call's correlation id.
     *
     * @param body the body
     * @return this builder
     */
    public Builder errorBody(ErrorBody body) {
      this.errorBody = Objects.requireNonNull(body, "body");
      return this;
    }

    /**
     * Finishes a fault answering {@code status} with a Genesys error body.
     *
     * @param status an HTTP error status (400..599)
     * @return the fault
     */
    public Fault respond(int status) {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("a fault answers an error status 400..599, not " + status);
      }
      this.status = status;
      return new Fault(this, Effect.RESPOND);
    }

    /**
     * Finishes a fault answering 429 with {@code Retry-After} in whole seconds and the normalized
     * Genesys 429 body.
     *
     * @param retryAfter the wait to ask for
     * @return the fault
     */
    public Fault rateLimited(Duration retryAfter) {
      header("Retry-After", Long.toString(Math.max(0, retryAfter.toSeconds())));
      return respond(429);
    }

    /**
     * Finishes a fault that only delays the call by {@code delay}.
     *
     * @param delay the delay
     * @return the fault
     */
    public Fault delay(Duration delay) {
      latency(delay);
      return new Fault(this, Effect.DELAY);
    }

    /** Finishes a fault that closes the connection without answering. */
    public Fault dropConnection() {
      return new Fault(this, Effect.DROP_CONNECTION);
    }

    /**
     * Finishes a fault that holds the request for {@code duration} and then closes the connection.
     *
     * @param duration how long to hold it
     * @return the fault
     */
    public Fault stall(Duration duration) {
      latency(duration);
      return new Fault(this, Effect.STALL);
    }
  }
}
