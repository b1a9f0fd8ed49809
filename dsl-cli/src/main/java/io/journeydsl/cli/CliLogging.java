package io.journeydsl.cli;

/**
 * Keeps library chatter off the command's stderr: Jetty's debug output, which prints every request
 * header, {@code Authorization} included.
 */
final class CliLogging {
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
}
