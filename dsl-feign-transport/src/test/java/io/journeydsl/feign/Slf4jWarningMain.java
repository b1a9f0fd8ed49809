package io.journeydsl.feign;

import org.slf4j.LoggerFactory;

/**
 * Run in a child JVM by {@link NoSlf4jProviderTest} as its control: asking SLF4J for a logger
 * directly on the same class path must print SLF4J's warning, or the quiet run proves nothing.
 */
public final class Slf4jWarningMain {
  private Slf4jWarningMain() {}

  public static void main(String[] args) {
    LoggerFactory.getLogger(Slf4jWarningMain.class).debug("unseen");
  }
}
