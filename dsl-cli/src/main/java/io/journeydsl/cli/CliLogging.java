package io.journeydsl.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps library chatter off the command's stderr: Hibernate Validator's version line, and Jetty's
 * debug output, which prints every request header, {@code Authorization} included.
 */
final class CliLogging {
  /** A strong reference, so the level set here is not lost when the logger is collected. */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private CliLogging() {}

  /** The slf4j-simple property that sets Jetty's level. */
  static final String JETTY_LEVEL = "org.slf4j.simpleLogger.log.org.eclipse.jetty";

  /**
   * Caps Jetty's loggers at {@code info}, whatever level the user asked for: at debug Jetty logs
   * each request's headers, and with them every bearer token and Basic credential sent to the fake.
   * Must run before the first Jetty class asks for a logger.
   */
  static void neverLogJettyHeaders() {
    String asked = System.getProperty(JETTY_LEVEL, "warn").trim().toLowerCase(java.util.Locale.ROOT);
    if (asked.equals("debug") || asked.equals("trace")) {
      System.setProperty(JETTY_LEVEL, "info");
    } else if (System.getProperty(JETTY_LEVEL) == null) {
      System.setProperty(JETTY_LEVEL, "warn");
    }
  }

  /** Lets only warnings and errors of Hibernate Validator through. */
  static void quietHibernateValidator() {
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
  }
}
