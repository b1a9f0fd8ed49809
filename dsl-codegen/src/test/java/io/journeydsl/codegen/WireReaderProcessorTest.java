package io.journeydsl.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor on fixture model types with the shapes the journey-dsl model does not have (yet):
 * renames, ignored, default and derived attributes, maps, nested lists, Java enums with and without a
 * mapping it can know, sets, Object, Jackson annotations it does not reproduce, types with a binding
 * of their own and PATCH bodies. What it reads, it reads into the value Jackson reads from the same
 * JSON; what it cannot, always bails, with a NOTE; and what it writes compiles without a warning.
 */
class WireReaderProcessorTest {
  private static final String FIXTURE = "io.journeydsl.fixture.";
  private static final ObjectMapper JACKSON = JsonMapper.builder().build();

  @TempDir
  static Path dir;
  private static List<Diagnostic<? extends JavaFileObject>> diagnostics;
  private static boolean compiled;
  private static Path generated;
  private static URLClassLoader classes;

  @BeforeAll
  static void compileFixtures() throws IOException {
    Path sources = dir.resolve("src");
    for (Map.Entry<String, String> source : Fixtures.SOURCES.entrySet()) {
      Path file = sources.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
    }
    Path out = Files.createDirectories(dir.resolve("classes"));
    generated = Files.createDirectories(dir.resolve("generated"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8);
        var walk = Files.walk(sources)) {
      List<Path> inputs = walk.filter(p -> p.toString().endsWith(".java")).toList();
      List<String> options = List.of("--release", "17", "-Xlint:all,-processing,-serial",
          "-classpath", System.getProperty("java.class.path"), "-d", out.toString(), "-s", generated.toString(),
          "-processor", "org.immutables.processor.ProxyProcessor," + WireReaderProcessor.class.getName(),
          "-A" + WireReaderProcessor.ROOTS + "=" + FIXTURE + "Root");
      compiled = compiler.getTask(null, files, collector, options, null, files.getJavaFileObjectsFromPaths(inputs)).call();
    }
    diagnostics = collector.getDiagnostics();
    classes = new URLClassLoader(new URL[] {out.toUri().toURL()}, WireReaderProcessorTest.class.getClassLoader());
  }

  @Test
  void whatItWritesCompilesWithoutAWarning() {
    assertThat(compiled).as("%s", diagnostics).isTrue();
    List<String> warnings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      boolean warning = d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING;
      if (warning && d.getSource() != null && d.getSource().getName().contains(WireReaderProcessor.PACKAGE.replace('.', '/'))) {
        warnings.add(d.toString());
      }
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void readsWhatItCanIntoTheValueJacksonReads() throws Exception {
    String json = """
        {"name": "n \\"q\\" \\u00e9", "wire-name": 3, "counts": {"a": 1, "b": -2}, "nested": [["x", "y"], []],
         "color": "red", "child": {"kind": "later", "size": 2}, "count": 9, "amount": 1.50, "ratio": 1e2,
         "big": 9223372036854775807, "flag": false, "share": -0.0, "colors": ["GREEN", "red"]}""";
    assertThat(readPlain(json)).isEqualTo(JACKSON.readValue(json, rootType()));
    String sparse = "{\"child\": {}, \"count\": 0, \"nested\": []}";
    assertThat(readPlain(sparse)).isEqualTo(JACKSON.readValue(sparse, rootType()));
    assertThat(readPlain("{}")).isEqualTo(JACKSON.readValue("{}", rootType()));
  }

  @Test
  void bailsOnWhatItCannotReadAsJacksonDoes() {
    List<String> bailing = List.of(
        "{\"tags\": [\"a\"]}", // a set: Jackson fills it in hash order
        "{\"shade\": \"dark\"}", // an enum with a @JsonValue: its spellings are known at run time only
        "{\"custom\": {}}", // a type with @JsonIgnoreProperties: no reader
        "{\"formatted\": 1}", // @JsonFormat on the attribute
        "{\"patch\": {}}", // a PATCH body
        "{\"anything\": 1}", // Object
        "{\"ignored\": \"x\"}", // @JsonIgnore: Jackson skips it, the reader does not know it
        "{\"derived\": \"x\"}", // computed, never read
        "{\"renamed\": 3}", // the Java name of a renamed attribute
        "{\"wire-name\": \"3\"}", // a string for an Integer
        "{\"wire-name\": 2147483648}", // beyond int
        "{\"big\": 9223372036854775808}", // beyond long
        "{\"name\": null}",
        "{\"color\": \"RED\"}", // the constant's name, where @JsonProperty renames it
        "{\"color\": \"blue\"}",
        "{\"counts\": {\"a\": null}}",
        "{\"nested\": [[1]]}",
        "{\"child\": {\"kind\": 1}}",
        "{\"child\": []}",
        "{\"unknown\": 1}");
    for (String json : bailing) {
      Throwable thrown = catchThrowable(() -> readPlain(json));
      assertThat(thrown).as(json).isNotNull();
      assertThat(thrown.getClass().getSimpleName()).as(json).isEqualTo("Bail");
    }
  }

  @Test
  void saysWhyItLeavesATypeOrAnAttributeToTheMapper() throws IOException {
    List<String> notes = diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
        .map(d -> d.getMessage(Locale.ROOT)).toList();
    assertThat(notes).anyMatch(n -> n.contains("no plain reader for " + FIXTURE + "Custom") && n.contains("JsonIgnoreProperties"));
    assertThat(notes).anyMatch(n -> n.contains("no plain reader for " + FIXTURE + "Patch") && n.contains("PATCH"));
    for (String field : List.of("tags", "shade", "custom", "formatted", "patch", "anything")) {
      assertThat(notes).anyMatch(n -> n.contains("reader of " + FIXTURE + "Root bails on " + field + ":"));
    }
    assertThat(generated.resolve(WireReaderProcessor.PACKAGE.replace('.', '/'))).isDirectoryContaining("glob:**/RootReader.java")
        .isDirectoryContaining("glob:**/ChildReader.java")
        .isDirectoryNotContaining("glob:**/CustomReader.java")
        .isDirectoryNotContaining("glob:**/PatchReader.java")
        // Reachable from the root only: a model type nothing refers to gets no reader.
        .isDirectoryNotContaining("glob:**/OrphanReader.java");
  }

  private static Class<?> rootType() throws ClassNotFoundException {
    return classes.loadClass(FIXTURE + "Root");
  }

  private static Object readPlain(String json) throws Exception {
    Method read = classes.loadClass(WireReaderProcessor.PACKAGE + ".RootReader")
        .getMethod("read", JsonParser.class, JsonToken.class);
    try (JsonParser p = JACKSON.getFactory().createParser(json)) {
      return read.invoke(null, p, p.nextToken());
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
