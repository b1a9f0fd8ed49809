package io.journeydsl.deploy.internal;

import io.journeydsl.JourneyConfig;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.deploy.ApplyResult;
import io.journeydsl.deploy.DeployListener;
import io.journeydsl.deploy.Deployer;
import io.journeydsl.deploy.Plan;
import io.journeydsl.deploy.Prune;
import io.journeydsl.deploy.Rehearsal;
import io.journeydsl.validation.JourneyValidationException;
import io.journeydsl.validation.JourneyValidator;
import io.journeydsl.validation.ValidationReport;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The {@link Deployer} over any {@link JourneyClient}; built by {@link Deployer.Builder}. */
public final class DefaultDeployer implements Deployer {
  private final JourneyClient client;
  private final Prune prune;
  private final JourneyValidator validator;
  private final Engine engine;

  /** Made by {@link Deployer.Builder#build()}; not API. */
  public DefaultDeployer(JourneyClient client, Prune prune, int concurrency, DeployListener listener,
      JourneyValidator validator, Duration retryPause) {
    this.client = client;
    this.prune = prune;
    this.validator = validator;
    this.engine = new Engine(concurrency, listener, retryPause);
  }

  @Override
  public Plan plan(JourneyConfig config) {
    Objects.requireNonNull(config, "config");
    ValidationReport report = validator.validate(config);
    if (report.hasErrors()) {
      throw new JourneyValidationException(report);
    }
    return new Planner(ports(client), prune).plan(config, report);
  }

  @Override
  public ApplyResult apply(Plan plan) {
    DefaultPlan own = own(plan);
    return engine.run(own.steps(), ports(client), StepRunner.idsOf(own.org()), false).asApplyResult();
  }

  @Override
  public Rehearsal rehearse(Plan plan, JourneyClient rehearsalClient) {
    Objects.requireNonNull(rehearsalClient, "rehearsalClient");
    return new Rehearser(engine).rehearse(own(plan), rehearsalClient);
  }

  private static DefaultPlan own(Plan plan) {
    if (plan instanceof DefaultPlan own) {
      return own;
    }
    throw new IllegalArgumentException("not a plan made by a Deployer: " + (plan == null ? null : plan.getClass()));
  }

  /** A port per collection the deployer manages. */
  static Map<ApiCollection, Port> ports(JourneyClient client) {
    Map<ApiCollection, Port> ports = new EnumMap<>(ApiCollection.class);
    for (ApiCollection collection : Stages.order()) {
      ports.put(collection, new Port(client, collection));
    }
    return ports;
  }
}
