package io.journeydsl.testkit;

import io.journeydsl.JourneyConfig;
import io.journeydsl.catalog.ApiProfile;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontarget.ActionTarget;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.spi.JourneyTransport;
import io.journeydsl.testkit.internal.core.FakeSettings;
import io.journeydsl.testkit.internal.core.InMemoryFake;
import io.journeydsl.testkit.internal.http.HttpFrontDoor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * A stateful in-memory fake of the Genesys Journey API: all 24 operations with the API's semantics
 * (server-assigned ids, versions and dates, optimistic concurrency, paging, typed 4xx errors with a
 * Genesys {@code ErrorBody}), a {@link Journal} of every call, injectable {@link Faults} and
 * {@link FakeAnalytics} data. It is a {@link JourneyTransport}, so a
 * {@link io.journeydsl.client.JourneyClient} runs on it directly; {@link FakeJourneyServer} serves the
 * same instance over HTTP. Thread-safe.
 *
 * <pre>{@code
 * FakeJourneyApi fake = FakeJourneyApi.create();
 * JourneyClient client = fake.client();
 * JourneySegment s = client.segments().create(b -> b.displayName("Pricing").isActive(true));
 * }</pre>
 */
public interface FakeJourneyApi extends JourneyTransport {

  /** A fake with the defaults: system UTC clock, random ids, every switch off, profile {@link ApiProfile#SDK_198}. */
  static FakeJourneyApi create() {
    return builder().build();
  }

  /** A builder for a configured fake. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A new client on this fake: {@code JourneyClient.create(this)}, which borrows the fake as its
   * transport and never closes it. Closing the client leaves the fake open and usable, with its
   * store, journal and faults as they were, so a test may open and close clients freely.
   *
   * @return a client whose calls this fake answers in memory
   */
  JourneyClient client();

  /**
   * Serves this fake over HTTP, as {@link FakeJourneyServer#builder(FakeJourneyApi)} does. Jetty is
   * loaded only here: a fake that is never served never loads a Jetty class.
   *
   * @param options where to bind and which credentials to accept
   * @return the running server; closing it stops the server, the fake lives on
   * @throws IllegalStateException if the port cannot be bound
   */
  FakeJourneyServer serve(ServerOptions options);

  /** The journal of calls. */
  Journal journal();

  /** The fault registry. */
  Faults faults();

  /** The analytics data. */
  FakeAnalytics analytics();

  /** Clears the store, the faults, the journal, the analytics data and the rate-limit window. */
  void reset();

  /**
   * Creates every object of a bundle through the normal create path (same checks, new ids, version 1),
   * templates and segments and outcomes first, then action maps with their {@code ${kind:name}}
   * references resolved to the new ids.
   *
   * <p>All or nothing: the whole bundle is checked and created under the store's write lock, so no
   * concurrent call sees part of it, and if one object is rejected the store is put back as it was:
   * the state file (if any) is not rewritten and nothing of the bundle stays. Seeding records no calls
   * in the journal. Ids drawn for the rolled-back objects are not reused.
   *
   * @param config the bundle; its aggregate queries are ignored
   * @return the bundle as stored: every object with its server fields, references as ids
   * @throws io.journeydsl.error.JourneyApiException if an object is rejected (e.g. a missing required
   *     field or a reference to no object), with nothing stored; the exception is the create's (status,
   *     error body with the wire path in {@code details[0].fieldName}), its message naming the object
   *     and its bundle path, e.g. {@code action map 'Offer the sale' at
   *     actionMaps[Offer the sale].triggerWithSegments[0]}
   */
  JourneyConfig seed(JourneyConfig config);

  /**
   * Reads bundle JSON and {@linkplain #seed(JourneyConfig) seeds} it.
   *
   * @param bundleJson the bundle file content
   * @return the bundle as stored
   */
  default JourneyConfig seed(String bundleJson) {
    return seed(JourneyConfig.fromJson(Objects.requireNonNull(bundleJson, "bundleJson")));
  }

  /**
   * Adds an action target (the API has no create operation for them). Server fields are assigned as
   * for a create: {@code id} (unless given), {@code selfUri}, {@code createdDate}, {@code modifiedDate}.
   *
   * @param target the action target
   * @return the stored action target
   */
  ActionTarget seedActionTarget(ActionTarget target);

  /**
   * The whole state as JSON: the bundle keys {@code segments}, {@code outcomes},
   * {@code actionTemplates}, {@code actionMaps} with every stored field (ids, versions, dates) and
   * {@code actionTargets}. {@link #restore(String)} reads it back exactly.
   */
  String snapshot();

  /**
   * Replaces the store with a {@link #snapshot()} (ids, versions and dates kept as they are).
   *
   * @param snapshotJson the snapshot
   * @throws io.journeydsl.json.JourneyJsonException if it is not a valid snapshot
   */
  void restore(String snapshotJson);

  /** The stored segments, in creation order. */
  List<JourneySegment> segments();

  /** The stored outcomes, in creation order. */
  List<Outcome> outcomes();

  /** The stored action maps, in creation order. */
  List<ActionMap> actionMaps();

  /** The stored action templates (soft-deleted ones included), in creation order. */
  List<ActionTemplate> actionTemplates();

  /** The stored action targets, in creation order. */
  List<ActionTarget> actionTargets();

  /** Releases the state file's log, if any; the fake itself lives until it is garbage and stays usable. */
  @Override
  default void close() {}

  /** Builds a {@link FakeJourneyApi}. Every switch is off by default. */
  final class Builder {
    private final FakeSettings.Builder settings = FakeSettings.builder();

    private Builder() {}

    /**
     * The clock for {@code createdDate}, {@code modifiedDate}, journal timestamps and the rate limit.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      settings.clock(Objects.requireNonNull(clock, "clock"));
      return this;
    }

    /**
     * Where entity ids come from.
     *
     * @param ids the id source
     * @return this builder
     */
    public Builder ids(IdSource ids) {
      settings.ids(Objects.requireNonNull(ids, "ids"));
      return this;
    }

    /**
     * Shorthand for {@code ids(IdSource.seeded(seed))}: deterministic ids.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      return ids(IdSource.seeded(seed));
    }

    /**
     * Which API generation to behave like.
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder profile(ApiProfile profile) {
      settings.profile(Objects.requireNonNull(profile, "profile"));
      return this;
    }

    /**
     * Rejects a create or a rename that reuses the {@code displayName} (action templates:
     * {@code name}) of another object of the same collection with 409 {@code general.conflict}.
     *
     * @param on whether to reject
     * @return this builder
     */
    public Builder rejectDuplicateNames(boolean on) {
      settings.rejectDuplicateNames(on);
      return this;
    }

    /**
     * Rejects deleting a segment, outcome or action template still referenced by an action map
     * with 409 {@code general.conflict} (soft deletes of templates too).
     *
     * @param on whether to reject
     * @return this builder
     */
    public Builder rejectReferencedDeletes(boolean on) {
      settings.rejectReferencedDeletes(on);
      return this;
    }

    /**
     * Accepts a PATCH without {@code version} (last writer wins). By default the fake requires it
     * and answers 400 naming {@code version}: the stricter choice, because whether the API accepts it
     * is unknown.
     *
     * @param on whether to accept
     * @return this builder
     */
    public Builder allowPatchWithoutVersion(boolean on) {
      settings.allowPatchWithoutVersion(on);
      return this;
    }

    /**
     * Accepts request fields the API does not define and stores them. By default they are rejected
     * with 400 naming the field.
     *
     * @param on whether to accept
     * @return this builder
     */
    public Builder acceptUnknownFields(boolean on) {
      settings.acceptUnknownFields(on);
      return this;
    }

    /**
     * Limits the calls per minute (a fixed one-minute window); beyond it the fake answers 429 with
     * {@code Retry-After} and the {@code inin-ratelimit-*} headers. 0 (the default) means no limit.
     *
     * @param callsPerMinute the limit, or 0
     * @return this builder
     */
    public Builder rateLimitPerMinute(int callsPerMinute) {
      if (callsPerMinute < 0) {
        throw new IllegalArgumentException("rateLimitPerMinute must not be negative");
      }
      settings.rateLimitPerMinute(callsPerMinute);
      return this;
    }

    /**
     * Bounds the {@link #journal()}: when a call would make it hold more than {@code maxCalls} calls
     * or more than about {@code maxBytes} bytes, the oldest calls are dropped and counted in
     * {@link Journal#dropped()}. Defaults: 10,000 calls and 16 MiB, so a long-running server's memory
     * stays bounded.
     *
     * @param maxCalls at least 1
     * @param maxBytes at least 1
     * @return this builder
     */
    public Builder journalLimits(int maxCalls, long maxBytes) {
      if (maxCalls < 1 || maxBytes < 1) {
        throw new IllegalArgumentException("journal limits must be positive");
      }
      settings.journalLimits(maxCalls, maxBytes);
      return this;
    }

    /**
     * Persists the store in {@code file}: loaded at build time when it exists, rewritten atomically
     * after every successful write, in the {@link #snapshot()} format.
     *
     * @param file the state file
     * @return this builder
     */
    public Builder stateFile(Path file) {
      settings.stateFile(Objects.requireNonNull(file, "file"));
      return this;
    }

    /**
     * Builds the fake.
     *
     * @return the fake
     * @throws io.journeydsl.json.JourneyJsonException if the state file exists but is not a valid snapshot
     */
    public FakeJourneyApi build() {
      return new InMemoryFake(settings.build(), HttpFrontDoor::serve);
    }
  }
}
