package io.journeydsl.codegen;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes {@code io.journeydsl.internal.WireFields}: the value of a wire field of any model value, by
 * the field's wire name, without Jackson. Every attribute of a journey-dsl model type is named as on
 * the wire (the model carries no {@code @JsonProperty} renames), so the generated code is a switch on
 * the type and then on the name, calling the accessor.
 *
 * <p>It lets code that follows a wire path of the catalogue (the reference sites of an action map)
 * walk the model itself instead of serialising it to a JSON tree first: serialising costs a whole
 * Jackson mapper and a serializer per type the first time in a process.
 *
 * <p>The processor claims no annotation, so Immutables and the other processors see the same types.
 */
@SupportedAnnotationTypes("org.immutables.value.Value.Immutable")
public final class WireFieldsProcessor extends AbstractProcessor {
  private static final String PACKAGE = "io.journeydsl.internal";
  private static final String CLASS = "WireFields";

  private boolean written;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    List<TypeElement> types = new ArrayList<>();
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element.getKind() == ElementKind.CLASS && element.getModifiers().contains(Modifier.PUBLIC)
            && element.getEnclosingElement().getKind() == ElementKind.PACKAGE) {
          types.add((TypeElement) element);
        }
      }
    }
    // Every model type is written by hand and seen in the first round; later rounds only bring what
    // the processors generated, which holds no model type of its own.
    if (!types.isEmpty() && !written) {
      written = true;
      types.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
      write(types);
    }
    return false;
  }

  private void write(List<TypeElement> types) {
    StringBuilder dispatch = new StringBuilder();
    StringBuilder methods = new StringBuilder();
    for (TypeElement type : types) {
      String qualified = type.getQualifiedName().toString();
      String method = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().toString().substring(1);
      dispatch.append("        case \"").append(qualified).append("\" -> ").append(method)
          .append("((").append(qualified).append(") value, name);\n");
      methods.append("\n  private static Object ").append(method).append('(').append(qualified).append(" value, String name) {\n")
          .append("    return switch (name) {\n");
      for (ExecutableElement attribute : ModelAttributes.of(type)) {
        String name = attribute.getSimpleName().toString();
        methods.append("      case \"").append(name).append("\" -> value.").append(name).append("();\n");
      }
      methods.append("      default -> throw unknown(value, name);\n")
          .append("    };\n")
          .append("  }\n");
    }
    String source = "package " + PACKAGE + ";\n\n"
        + "/**\n"
        + " * The wire fields of every model value by wire name, without Jackson; written by the build from the\n"
        + " * model types' accessors.\n"
        + " */\n"
        + "@javax.annotation.processing.Generated(\"" + getClass().getName() + "\")\n"
        + "public final class " + CLASS + " {\n"
        + "  private " + CLASS + "() {}\n\n"
        + "  /**\n"
        + "   * The value of the wire field {@code name} of a model value: {@code null} when the field is absent,\n"
        + "   * a list or map as the model holds it, a nested model value, or a scalar.\n"
        + "   *\n"
        + "   * @throws IllegalArgumentException when {@code value} is not a model value or its type has no such field\n"
        + "   */\n"
        + "  public static Object get(Object value, String name) {\n"
        + "    // By the model type's name, found up the class chain: this loads no class but the value's own.\n"
        + "    for (Class<?> type = value.getClass(); type != null; type = type.getSuperclass()) {\n"
        + "      Object found = switch (type.getName()) {\n"
        + dispatch
        + "        default -> NOT_MODEL;\n"
        + "      };\n"
        + "      if (found != NOT_MODEL) {\n"
        + "        return found;\n"
        + "      }\n"
        + "    }\n"
        + "    throw new IllegalArgumentException(value.getClass().getName() + \" is not a model type\");\n"
        + "  }\n\n"
        + "  private static final Object NOT_MODEL = new Object();\n\n"
        + "  private static IllegalArgumentException unknown(Object value, String name) {\n"
        + "    return new IllegalArgumentException(value.getClass().getSimpleName() + \" has no wire field \" + name);\n"
        + "  }\n"
        + methods
        + "}\n";
    Element[] origins = types.toArray(new Element[0]);
    try (Writer out = processingEnv.getFiler().createSourceFile(PACKAGE + "." + CLASS, origins).openWriter()) {
      out.write(source);
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + CLASS + ": " + e);
    }
  }
}
