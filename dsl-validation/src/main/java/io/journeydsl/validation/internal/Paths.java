package io.journeydsl.validation.internal;

/** Field paths in wire names, as reports show them: {@code context.patterns[0].criteria[1].operator}. */
final class Paths {
  private Paths() {}

  /** {@code name} under {@code path}: joined by a dot, or {@code name} alone at the top. */
  static String join(String path, String name) {
    if (name.isEmpty()) {
      return path;
    }
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The element at {@code key} (a list position or a map key) of the container at {@code path}. */
  static String element(String path, Object key) {
    return path + "[" + key + "]";
  }
}
