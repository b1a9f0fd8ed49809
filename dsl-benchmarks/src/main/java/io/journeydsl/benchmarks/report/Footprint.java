package io.journeydsl.benchmarks.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** The jars of a runtime class path (one or more class path files, joined) and their bytes. */
record Footprint(int jars, long bytes) {

  /** Reads class path files ({@code a.jar:b.jar}), counting each jar once. */
  static Footprint of(Path... classPathFiles) throws IOException {
    // Maven writes module jars as absolute paths, the script its own as relative ones: compare real paths.
    Set<Path> jars = new LinkedHashSet<>();
    for (Path file : classPathFiles) {
      Arrays.stream(Files.readString(file).trim().split(File.pathSeparator))
          .filter(entry -> entry.endsWith(".jar")).map(entry -> Path.of(entry).toAbsolutePath().normalize())
          .forEach(jars::add);
    }
    long bytes = 0;
    for (Path jar : jars) {
      bytes += Files.size(jar);
    }
    return new Footprint(jars.size(), bytes);
  }

  double megabytes() {
    return bytes / 1_000_000.0;
  }
}
