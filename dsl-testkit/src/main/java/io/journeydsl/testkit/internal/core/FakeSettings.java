package io.journeydsl.testkit.internal.core;

import io.journeydsl.catalog.ApiProfile;
import io.journeydsl.testkit.IdSource;
import jakarta.annotation.Nullable;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The configuration of one fake: clock, id source, profile and switches.
 *
 * @param clock the clock for server dates
 * @param ids the id source
 * @param profile the API generation
 * @param rejectDuplicateNames 409 on duplicate names
 * @param rejectReferencedDeletes 409 on deleting a referenced object
 * @param allowPatchWithoutVersion accept PATCH without version
 * @param acceptUnknownFields accept and store unknown request fields
 * @param rateLimitPerMinute calls per minute, 0 for none
 * @param stateFile the persistence file, or null
 * @param journalMaxCalls the most calls the journal keeps
 * @param journalMaxBytes the most (estimated) bytes the journal keeps
 */
public record FakeSettings(Clock clock, IdSource ids, ApiProfile profile, boolean rejectDuplicateNames,
    boolean rejectReferencedDeletes, boolean allowPatchWithoutVersion, boolean acceptUnknownFields,
    int rateLimitPerMinute, @Nullable Path stateFile, int journalMaxCalls, long journalMaxBytes) {
  /** The journal's default bound on calls. */
  public static final int DEFAULT_JOURNAL_CALLS = 10_000;
  /** The journal's default bound on bytes: 16 MiB. */
  public static final long DEFAULT_JOURNAL_BYTES = 16L << 20;

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FakeSettings}. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private IdSource ids = IdSource.random();
    private ApiProfile profile = ApiProfile.SDK_198;
    private boolean rejectDuplicateNames;
    private boolean rejectReferencedDeletes;
    private boolean allowPatchWithoutVersion;
    private boolean acceptUnknownFields;
    private int rateLimitPerMinute;
    private @Nullable Path stateFile;
    private int journalMaxCalls = DEFAULT_JOURNAL_CALLS;
    private long journalMaxBytes = DEFAULT_JOURNAL_BYTES;

    private Builder() {}

    /** Sets the journal's bounds. */
    public Builder journalLimits(int maxCalls, long maxBytes) {
      this.journalMaxCalls = maxCalls;
      this.journalMaxBytes = maxBytes;
      return this;
    }

    /** Sets the clock. */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /** Sets the id source. */
    public Builder ids(IdSource value) {
      this.ids = value;
      return this;
    }

    /** Sets the profile. */
    public Builder profile(ApiProfile value) {
      this.profile = value;
      return this;
    }

    /** Sets the duplicate-name switch. */
    public Builder rejectDuplicateNames(boolean value) {
      this.rejectDuplicateNames = value;
      return this;
    }

    /** Sets the referenced-delete switch. */
    public Builder rejectReferencedDeletes(boolean value) {
      this.rejectReferencedDeletes = value;
      return this;
    }

    /** Sets the PATCH-without-version switch. */
    public Builder allowPatchWithoutVersion(boolean value) {
      this.allowPatchWithoutVersion = value;
      return this;
    }

    /** Sets the unknown-field switch. */
    public Builder acceptUnknownFields(boolean value) {
      this.acceptUnknownFields = value;
      return this;
    }

    /** Sets the rate limit. */
    public Builder rateLimitPerMinute(int value) {
      this.rateLimitPerMinute = value;
      return this;
    }

    /** Sets the state file. */
    public Builder stateFile(Path value) {
      this.stateFile = value;
      return this;
    }

    /** Builds the settings. */
    public FakeSettings build() {
      return new FakeSettings(clock, ids, profile, rejectDuplicateNames, rejectReferencedDeletes,
          allowPatchWithoutVersion, acceptUnknownFields, rateLimitPerMinute, stateFile, journalMaxCalls, journalMaxBytes);
    }
  }
}
