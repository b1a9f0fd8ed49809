package io.journeydsl.deploy;

import io.journeydsl.JourneyConfig;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.deploy.internal.DefaultDeployer;
import io.journeydsl.validation.JourneyValidator;
import java.time.Duration;
import java.util.Objects;

/**
 * Plans, rehearses and applies a {@link JourneyConfig} against the org behind a
 * {@link JourneyClient}, with no state file: org objects are matched to the configuration by name.
 *
 * <pre>{@code
 * Deployer deployer = Deployer.to(client);
 * Plan plan = deployer.plan(config);          // validates first; reads every page of the org
 * System.out.println(plan.toText(false));
 * ApplyResult result = deployer.apply(plan);  // POST, minimal PATCH, DELETE in reference order
 * }</pre>
 *
 * Thread-safe; a plan may be applied by the deployer that made it or by another over the same org.
 */
public interface Deployer {

  /** A deployer with the defaults: no pruning, 4 requests at a time, the default validator. */
  static Deployer to(JourneyClient client) {
    return builder(client).build();
  }

  /** A builder for a deployer over {@code client}. */
  static Builder builder(JourneyClient client) {
    return new Builder(client);
  }

  /**
   * Validates {@code config}, reads the org's current objects (every page) and computes the plan.
   *
   * @throws io.journeydsl.validation.JourneyValidationException carrying the report when the
   *     configuration has errors; nothing is read from the org then
   * @throws PlanException when two org objects of one collection share a name the plan depends on,
   *     or the org cannot be read
   */
  Plan plan(JourneyConfig config);

  /**
   * Carries out {@code plan}: creates with one POST each (a create answered 404 because what it
   * refers to is not visible yet is retried briefly), updates with the minimal PATCH carrying the current version (on a version conflict it
   * reads again, diffs again and retries, at most 10 times), deletes in reverse reference order.
   * Stops at the first failure and reports what was and was not done.
   */
  ApplyResult apply(Plan plan);

  /**
   * Rehearses {@code plan} on {@code rehearsalClient}, which must talk to an empty API of its own
   * (such as an in-memory fake): copies the org's current objects into it, then sends it every
   * request of the plan and reports each one it refuses. Nothing is sent to the org.
   */
  Rehearsal rehearse(Plan plan, JourneyClient rehearsalClient);

  /** Builds {@link Deployer}s. */
  final class Builder {
    private final JourneyClient client;
    private Prune prune = Prune.none();
    private int concurrency = 4;
    private DeployListener listener = DeployListener.NONE;
    private JourneyValidator validator;
    private Duration retryPause = Duration.ofMillis(250);

    private Builder(JourneyClient client) {
      this.client = Objects.requireNonNull(client, "client");
    }

    /** Which org objects the configuration does not name may be deleted (default: none). */
    public Builder prune(Prune prune) {
      this.prune = Objects.requireNonNull(prune, "prune");
      return this;
    }

    /**
     * How many independent requests of one stage may be in flight at once (default 4). Keep it within
     * what the client's rate limit allows: the client still paces and retries each request.
     */
    public Builder concurrency(int requests) {
      if (requests < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1, was " + requests);
      }
      this.concurrency = requests;
      return this;
    }

    /** Receives a {@link DeployEvent} for every step of an apply or rehearsal. */
    public Builder listener(DeployListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** The validator run before planning (default {@link JourneyValidator#create()}). */
    public Builder validator(JourneyValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * The first pause before reading a just-created object again after a 404 (default 250 ms; each
     * later attempt waits one pause longer, five attempts in all).
     */
    public Builder retryPause(Duration pause) {
      if (pause.isNegative()) {
        throw new IllegalArgumentException("retryPause must not be negative");
      }
      this.retryPause = pause;
      return this;
    }

    /** Builds the deployer. */
    public Deployer build() {
      return new DefaultDeployer(client, prune, concurrency, listener,
          validator == null ? JourneyValidator.create() : validator, retryPause);
    }
  }
}
