package io.journeydsl.deploy.export.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The imports of one generated source file: a type is written by its simple name when no other
 * type of that simple name is already imported, by its qualified name otherwise, so the file always
 * compiles and reads as hand-written code.
 */
final class Imports {
  private final String ownPackage;
  private final Map<String, String> bySimpleName = new HashMap<>();
  private final TreeSet<String> imports = new TreeSet<>();

  Imports(String ownPackage) {
    this.ownPackage = ownPackage;
    // The generated class's own name and java.lang are never shadowed by an import.
    bySimpleName.put("Object", "java.lang.Object");
    bySimpleName.put("String", "java.lang.String");
  }

  /** Reserves a simple name (the generated class's own) so no import takes it. */
  void reserve(String simpleName) {
    bySimpleName.putIfAbsent(simpleName, ownPackage + "." + simpleName);
  }

  /** The name to write for {@code type}, importing it when possible. */
  String name(Class<?> type) {
    Class<?> outer = type;
    String nested = "";
    while (outer.getEnclosingClass() != null) {
      nested = "." + outer.getSimpleName() + nested;
      outer = outer.getEnclosingClass();
    }
    return name(outer.getName()) + nested;
  }

  /** The name to write for the top-level type {@code qualifiedName}, importing it when possible. */
  String name(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    String simple = qualifiedName.substring(dot + 1);
    String taken = bySimpleName.putIfAbsent(simple, qualifiedName);
    if (taken != null && !taken.equals(qualifiedName)) {
      return qualifiedName;
    }
    String pkg = dot < 0 ? "" : qualifiedName.substring(0, dot);
    if (!pkg.equals("java.lang") && !pkg.equals(ownPackage)) {
      imports.add(qualifiedName);
    }
    return simple;
  }

  /** The import lines, sorted. */
  String lines() {
    StringBuilder out = new StringBuilder();
    for (String type : imports) {
      out.append("import ").append(type).append(";\n");
    }
    return out.toString();
  }
}
