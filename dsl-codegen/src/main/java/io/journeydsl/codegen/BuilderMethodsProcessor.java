package io.journeydsl.codegen;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Writes, for each Immutables wire model type {@code X} of journey-dsl that has a nested
 * {@code Builder}, an interface {@code XBuilderMethods} with the builder methods of
 * one fixed shape that every such type has:
 *
 * <ul>
 *   <li>for each attribute whose type is itself a model type with a builder, a setter taking a
 *       builder lambda ({@code context(c -> c.addPattern(...))});</li>
 *   <li>for PATCH bodies (types implementing {@code io.journeydsl.json.ExplicitNulls}), a
 *       {@code clearX()} per writable attribute that sends {@code "x": null}.</li>
 * </ul>
 *
 * <p>The hand-written {@code X.Builder extends ImmutableX.Builder implements XBuilderMethods}, so the
 * methods appear on the builder users hold. The interface is public so that the methods are also
 * reachable reflectively and documented with the builder; it reaches the generated setters through
 * a cast of {@code this} to {@code X.Builder}, the only class meant to implement it. The processor claims
 * no annotation, so Immutables processes the same types as before.
 */
@SupportedAnnotationTypes("org.immutables.value.Value.Immutable")
public final class BuilderMethodsProcessor extends AbstractProcessor {
  private static final String EXPLICIT_NULLS = "io.journeydsl.json.ExplicitNulls";
  private static final String IMMUTABLE = "org.immutables.value.Value.Immutable";
  /** Set by the server and ignored on input: clearing them means nothing. */
  private static final Set<String> READ_ONLY = Set.of("id", "selfUri", "createdDate", "modifiedDate");

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element.getKind() == ElementKind.CLASS && builderOf((TypeElement) element) != null) {
          write((TypeElement) element);
          writeCopies((TypeElement) element);
        }
      }
    }
    return false;
  }

  private void write(TypeElement type) {
    List<String> methods = new ArrayList<>();
    boolean patch = implementsExplicitNulls(type);
    String builder = type.getSimpleName() + ".Builder";
    for (ExecutableElement attribute : ModelAttributes.of(type)) {
      String name = attribute.getSimpleName().toString();
      TypeElement nested = nestedModel(attribute.getReturnType());
      if (nested != null) {
        String nestedBuilder = nested.getQualifiedName() + ".Builder";
        methods.add("  /** Sets {@code " + name + "} from a builder lambda. */\n"
            + "  default " + builder + " " + name + "(java.util.function.Consumer<" + nestedBuilder + "> spec) {\n"
            + "    " + nestedBuilder + " nested = " + nested.getQualifiedName() + ".builder();\n"
            + "    spec.accept(nested);\n"
            + "    return self()." + name + "(nested.build());\n"
            + "  }\n");
      }
      if (patch && !READ_ONLY.contains(name)) {
        methods.add("  /** Sends {@code \"" + name + "\": null}, which clears the field on the server. */\n"
            + "  default " + builder + " clear" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "() {\n"
            + "    self()." + name + "((" + attribute.getReturnType() + ") null);\n"
            + "    return self().addExplicitNull(\"" + name + "\");\n"
            + "  }\n");
      }
    }
    if (methods.isEmpty()) {
      return;
    }
    String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    String name = type.getSimpleName() + "BuilderMethods";
    StringBuilder source = new StringBuilder()
        .append("package ").append(pkg).append(";\n\n")
        .append("/** Builder methods of {@link ").append(type.getSimpleName())
        .append("} that every wire type of its shape has; written by the build.\n")
        .append(" * Implemented by {@link ").append(builder).append("} only: use the methods through it. */\n")
        .append("@javax.annotation.processing.Generated(\"").append(getClass().getName()).append("\")\n")
        .append("public interface ").append(name).append(" {\n")
        .append("  private ").append(builder).append(" self() {\n")
        .append("    return (").append(builder).append(") this;\n")
        .append("  }\n");
    for (String method : methods) {
      source.append('\n').append(method);
    }
    source.append("}\n");
    try (Writer out = processingEnv.getFiler().createSourceFile(pkg + "." + name, type).openWriter()) {
      out.write(source.toString());
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + name + ": " + e, type);
    }
  }

  /**
   * Writes {@code XCopies}, which {@code X} implements: {@code toBuilder()} and a {@code withY(value)}
   * per attribute, each a copy with one field changed. Immutables' own {@code withY} methods of the
   * implementation (same parameter type) override these where they exist, so the copies cost no
   * extra builder for the common case.
   */
  private void writeCopies(TypeElement type) {
    String simple = type.getSimpleName().toString();
    String builder = simple + ".Builder";
    StringBuilder methods = new StringBuilder();
    methods.append("  /** A builder holding every field of this value, to change several at once. */\n")
        .append("  default ").append(builder).append(" toBuilder() {\n")
        .append("    ").append(builder).append(" builder = ").append(simple).append(".builder();\n")
        .append("    builder.from((").append(simple).append(") this);\n")
        .append("    return builder;\n")
        .append("  }\n");
    for (ExecutableElement attribute : ModelAttributes.of(type)) {
      String name = attribute.getSimpleName().toString();
      String with = "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
      String parameter = copyParameterType(attribute.getReturnType());
      methods.append("\n  /** A copy with {@code ").append(name).append("} set to {@code value} ({@code null}: absent). */\n")
          .append("  default ").append(simple).append(' ').append(with).append('(')
          .append(parameter).append(" value) {\n")
          .append("    return toBuilder().").append(name).append("((").append(parameter)
          .append(") value).build();\n")
          .append("  }\n");
    }
    String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    String name = simple + "Copies";
    String source = "package " + pkg + ";\n\n"
        + "/** Copies of {@link " + simple + "} with one field changed; written by the build.\n"
        + " * Implemented by {@link " + simple + "} only: use the methods through it. */\n"
        + "@javax.annotation.processing.Generated(\"" + getClass().getName() + "\")\n"
        + "public interface " + name + " {\n" + methods + "}\n";
    try (Writer out = processingEnv.getFiler().createSourceFile(pkg + "." + name, type).openWriter()) {
      out.write(source);
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + name + ": " + e, type);
    }
  }

  /**
   * The parameter type of a copy method: the attribute's type, except that a map takes
   * {@code Map<K, ? extends V>} (and {@code ? extends K} for keys outside {@code java.lang}) exactly as
   * Immutables' own {@code withY} does, so that one overrides the other instead of clashing with it.
   */
  private String copyParameterType(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      TypeElement element = (TypeElement) declared.asElement();
      if (element.getQualifiedName().contentEquals("java.util.Map") && declared.getTypeArguments().size() == 2) {
        String key = declared.getTypeArguments().get(0).toString();
        String keyParameter = key.startsWith("java.lang.") ? key : "? extends " + key;
        return "java.util.Map<" + keyParameter + ", ? extends " + declared.getTypeArguments().get(1) + ">";
      }
    }
    return type.toString();
  }

  /** The model type behind an attribute type, when it is an Immutables type with a nested builder. */
  private static TypeElement nestedModel(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    boolean immutable = element.getAnnotationMirrors().stream()
        .anyMatch(a -> a.getAnnotationType().toString().equals(IMMUTABLE));
    return immutable && builderOf(element) != null ? element : null;
  }

  private static TypeElement builderOf(TypeElement type) {
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      if (nested.getSimpleName().contentEquals("Builder")) {
        return nested;
      }
    }
    return null;
  }

  private boolean implementsExplicitNulls(TypeElement type) {
    TypeElement explicitNulls = processingEnv.getElementUtils().getTypeElement(EXPLICIT_NULLS);
    return explicitNulls != null
        && processingEnv.getTypeUtils().isAssignable(type.asType(), explicitNulls.asType());
  }
}
