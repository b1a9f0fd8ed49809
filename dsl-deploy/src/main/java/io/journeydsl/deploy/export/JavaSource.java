package io.journeydsl.deploy.export;

import io.journeydsl.JourneyConfig;
import io.journeydsl.deploy.export.internal.JavaSourceGenerator;

/**
 * Writes any configuration as compilable Java DSL source that reads as if written by hand: the
 * {@code Journey} factories, typed steps and references ({@code Ref.segment("...")},
 * {@code FlowId.of("...")}), the builders with wire names only where the DSL has no form, and fields
 * journey-dsl does not model kept as JSON. Evaluating the class's {@code config()} gives a
 * configuration with exactly the same bundle JSON.
 *
 * <pre>{@code
 * String java = JavaSource.of(JourneyConfig.read(bundle), "com.example.journey", "JourneyConfiguration");
 * }</pre>
 */
public final class JavaSource {
  private JavaSource() {}

  /**
   * The source of {@code className} in {@code packageName} (empty for the unnamed package), with one
   * static method per object and {@code public static JourneyConfig config()}. Deterministic: the
   * same configuration gives the same text.
   *
   * @throws IllegalArgumentException if a name is not a valid Java package or class name
   */
  public static String of(JourneyConfig config, String packageName, String className) {
    return JavaSourceGenerator.generate(config, packageName, className);
  }
}
