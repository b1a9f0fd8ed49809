package io.journeydsl.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps library start-up chatter (Hibernate Validator's version line) off the command's stderr. */
final class CliLogging {
  /** A strong reference, so the level set here is not lost when the logger is collected. */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private CliLogging() {}

  /** Lets only warnings and errors of Hibernate Validator through. */
  static void quietHibernateValidator() {
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
  }
}
