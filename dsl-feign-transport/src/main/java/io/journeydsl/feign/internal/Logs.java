package io.journeydsl.feign.internal;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The module's loggers. A library must not write to its user's console, yet SLF4J 2 does exactly
 * that ("SLF4J(W): No SLF4J providers were found") the first time a logger is asked for without a
 * provider on the class path. So whether a provider is present is decided once, at class
 * initialisation, the way SLF4J itself looks for one (the {@code slf4j.provider} system property,
 * or a {@link SLF4JServiceProvider} service visible to the class loader of {@link LoggerFactory}),
 * and without one every logger is SLF4J's no-op logger, obtained without initialising
 * {@link LoggerFactory}. With no provider SLF4J would discard the output anyway: nothing is lost.
 */
public final class Logs {
  private static final boolean PROVIDER_PRESENT = providerPresent();

  private Logs() {}

  /** The logger named after {@code type}, or a no-op logger when no SLF4J provider is present. */
  public static Logger get(Class<?> type) {
    return PROVIDER_PRESENT ? LoggerFactory.getLogger(type) : NOPLogger.NOP_LOGGER;
  }

  /** The logger called {@code name}, or a no-op logger when no SLF4J provider is present. */
  public static Logger get(String name) {
    return PROVIDER_PRESENT ? LoggerFactory.getLogger(name) : NOPLogger.NOP_LOGGER;
  }

  /** Whether SLF4J will find a provider; looks without instantiating one. */
  static boolean providerPresent() {
    String explicit = System.getProperty("slf4j.provider");
    if (explicit != null && !explicit.isBlank()) {
      return true;
    }
    try {
      return ServiceLoader.load(SLF4JServiceProvider.class, LoggerFactory.class.getClassLoader())
          .stream().findAny().isPresent();
    } catch (ServiceConfigurationError broken) {
      // A provider is declared but cannot be loaded: SLF4J's own report of that is the user's to see.
      return true;
    }
  }
}
