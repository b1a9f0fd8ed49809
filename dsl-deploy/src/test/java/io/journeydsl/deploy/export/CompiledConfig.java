package io.journeydsl.deploy.export;

import io.journeydsl.JourneyConfig;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated source in memory with the JDK's compiler, on the test's class path, loads the
 * class and calls its {@code config()}: what a user does with an exported file.
 */
final class CompiledConfig {
  private CompiledConfig() {}

  /** The configuration {@code config()} of class {@code qualifiedName}, compiled from {@code source}, returns. */
  static JourneyConfig of(String qualifiedName, String source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, null);
    JavaFileManager inMemory = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
          FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
          @Override
          public OutputStream openOutputStream() {
            return classes.computeIfAbsent(className, k -> new ByteArrayOutputStream());
          }
        };
      }
    };
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + qualifiedName.replace('.', '/') + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    StringWriter out = new StringWriter();
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-proc:none", "-Xlint:none");
    boolean ok = javac.getTask(out, inMemory, diagnostics, options, null, List.of(file)).call();
    if (!ok) {
      throw new AssertionError("generated source does not compile: " + diagnostics.getDiagnostics() + "\n" + numbered(source));
    }
    ClassLoader loader = new ClassLoader(CompiledConfig.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        ByteArrayOutputStream bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] b = bytes.toByteArray();
        return defineClass(name, b, 0, b.length);
      }
    };
    try {
      return (JourneyConfig) loader.loadClass(qualifiedName).getMethod("config").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot run config() of the generated class", e);
    }
  }

  private static String numbered(String source) {
    StringBuilder out = new StringBuilder();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.append(i + 1).append(": ").append(lines[i]).append('\n');
    }
    return out.toString();
  }
}
