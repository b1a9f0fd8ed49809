package io.journeydsl.testkit.internal.core;

import io.journeydsl.spi.JourneyOperation;
import io.journeydsl.testkit.Fault;
import io.journeydsl.testkit.Faults;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/** The registered faults with their firing counts and seeded random sources. Thread-safe. */
final class FaultRegistry implements Faults {
  private static final class Registration {
    final Fault fault;
    final Random random;
    int fired;

    Registration(Fault fault) {
      this.fault = fault;
      this.random = new Random(fault.seed());
    }

    boolean exhausted() {
      return fault.times() >= 0 && fired >= fault.times();
    }
  }

  private final List<Registration> registrations = new ArrayList<>();

  @Override
  public synchronized void add(Fault fault) {
    registrations.add(new Registration(Objects.requireNonNull(fault, "fault")));
  }

  @Override
  public synchronized int fired(Fault fault) {
    int total = 0;
    for (Registration registration : registrations) {
      if (registration.fault == fault) {
        total += registration.fired;
      }
    }
    return total;
  }

  /** Whether no fault is registered (an exhausted one still counts as registered). */
  synchronized boolean isEmpty() {
    return registrations.isEmpty();
  }

  @Override
  public synchronized void clear() {
    registrations.clear();
  }

  /** The fault that fires for this call, counting the firing; null when none does. */
  synchronized @Nullable Fault fire(JourneyOperation<?> call) {
    for (Registration registration : registrations) {
      if (registration.exhausted() || !registration.fault.matches(call)) {
        continue;
      }
      if (registration.fault.probability() < 1.0 && registration.random.nextDouble() >= registration.fault.probability()) {
        continue;
      }
      registration.fired++;
      return registration.fault;
    }
    return null;
  }
}
