package io.journeydsl;

/**
 * For tests in other packages: the two ways the bundle reader can read a document, to hold one to
 * the other.
 */
public final class BundlePaths {
  private BundlePaths() {}

  /** The reader without its generated readers: the strict mapper alone, as it read every bundle before. */
  public static JourneyConfig readWithMapper(String json) {
    return BundleReader.readWithMapper(json);
  }

  /** What the generated readers give for a document that passes the check, or {@code null} when they bail. */
  public static JourneyConfig readPlain(String json) {
    return BundleReader.readPlain(json);
  }
}
