package io.journeydsl.codegen;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Writes, for each Immutables wire model type reachable from the root types named by the option
 * {@value #ROOTS} (comma-separated qualified names), a class {@code <Type>Reader} in
 * {@value #PACKAGE} that reads the type's JSON object from a jackson-core {@code JsonParser} straight
 * into its public builder ({@code X.builder()} ... {@code build()}), without databind.
 *
 * <p>A reader only takes <em>plain</em> input, the shape the wire mapper reads without any rule of its
 * own: a known field name, and a value token of exactly the attribute's type. On anything else (an
 * unknown field, {@code null}, another token, a value the builder refuses) it throws the helper's
 * {@code Bail}, and the caller reads the whole document with the mapper. So the readers never need to
 * reproduce an error, a coercion or a null rule of Jackson; they only need to give the same value for
 * the input they accept, which they do by calling the same jackson-core accessor the mapper's
 * deserializer calls for that token.
 *
 * <p>Everything is derived from the types: attributes are the abstract accessors (with their resolved
 * return types; {@code @Value.Derived} and {@code @Value.Lazy} ones are not abstract, hence not read),
 * wire names come from the attribute name or {@code @JsonProperty}, and the builder setter is named
 * after the attribute, as Immutables names it under a style whose {@code init} is the default. A type
 * the processor cannot read as the mapper does (a custom or creator-based deserializer, Jackson
 * annotations it does not know, PATCH bodies with explicit nulls, another setter naming) gets no
 * reader, and an attribute it cannot read (free-form JSON, sets, unknown value types) always bails;
 * both are reported as a NOTE, never turned into code that might read differently.
 */
@SupportedAnnotationTypes("org.immutables.value.Value.Immutable")
@SupportedOptions(WireReaderProcessor.ROOTS)
public final class WireReaderProcessor extends AbstractProcessor {
  /** The option naming the root types whose reachable model types get readers. */
  public static final String ROOTS = "journeydsl.readerRoots";
  /** The package of the generated readers (internal: not API). */
  public static final String PACKAGE = "io.journeydsl.json.internal.generated";
  /** The hand-written token reads the generated code calls (in dsl-core). */
  private static final String PLAIN = "io.journeydsl.json.internal.PlainJson";
  private static final String IMMUTABLE = "org.immutables.value.Value.Immutable";
  private static final String STYLE = "org.immutables.value.Value.Style";
  private static final String VALUE_DEFAULT = "org.immutables.value.Value.Default";
  private static final String OPEN_ENUM = "io.journeydsl.model.OpenEnum";
  private static final String EXPLICIT_NULLS = "io.journeydsl.json.ExplicitNulls";
  private static final String JACKSON = "com.fasterxml.jackson.";
  private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  private static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
  private static final String JSON_ANY_GETTER = "com.fasterxml.jackson.annotation.JsonAnyGetter";
  private static final String JSON_CREATOR = "com.fasterxml.jackson.annotation.JsonCreator";
  private static final String JSON_DESERIALIZE = "com.fasterxml.jackson.databind.annotation.JsonDeserialize";
  /** Type annotations that only change how a value is written, or name the Immutables class to read. */
  private static final Set<String> TYPE_ANNOTATIONS_FOR_WRITING = Set.of(
      "com.fasterxml.jackson.annotation.JsonPropertyOrder",
      "com.fasterxml.jackson.annotation.JsonInclude",
      "com.fasterxml.jackson.databind.annotation.JsonSerialize");

  private boolean done;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    String option = processingEnv.getOptions().get(ROOTS);
    if (done || option == null || option.isBlank()) {
      return false;
    }
    List<TypeElement> roots = new ArrayList<>();
    for (String name : option.split(",")) {
      TypeElement root = processingEnv.getElementUtils().getTypeElement(name.trim());
      if (root == null) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "reader root type not found: " + name.trim());
        return false;
      }
      roots.add(root);
    }
    Map<TypeElement, String> models = reachable(roots);
    if (!round.processingOver() && models.keySet().stream().anyMatch(WireReaderProcessor::bindingUnresolved)) {
      // Immutables writes the classes @JsonDeserialize(as = ...) names in this round: decide in the
      // next one, when the binding can be read.
      return false;
    }
    done = true;
    Map<String, TypeElement> bySimpleName = new HashMap<>();
    for (TypeElement type : models.keySet()) {
      TypeElement other = bySimpleName.put(type.getSimpleName().toString(), type);
      if (other != null) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "two model types named "
            + type.getSimpleName() + " would get the same reader: " + other + " and " + type, type);
        return false;
      }
    }
    for (Map.Entry<TypeElement, String> model : models.entrySet()) {
      if (model.getValue() != null) {
        note(model.getKey(), "no plain reader for " + model.getKey() + ": " + model.getValue()
            + "; bundles holding it are read by the mapper");
      }
    }
    for (Map.Entry<TypeElement, String> model : models.entrySet()) {
      if (model.getValue() == null) {
        new ReaderSource(model.getKey(), models).write();
      }
    }
    return false;
  }

  /**
   * The model types reachable from the roots through attribute types (list elements and map values
   * included), each with the reason it gets no reader, or {@code null} when it gets one.
   */
  private Map<TypeElement, String> reachable(List<TypeElement> roots) {
    Map<TypeElement, String> out = new LinkedHashMap<>();
    Deque<TypeElement> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      TypeElement type = todo.removeFirst();
      if (out.containsKey(type)) {
        continue;
      }
      out.put(type, whyNoReader(type));
      for (ExecutableElement attribute : attributes(type)) {
        collectModels(returnType(type, attribute), todo);
      }
    }
    return out;
  }

  private void collectModels(TypeMirror type, Deque<TypeElement> todo) {
    if (type.getKind() != TypeKind.DECLARED) {
      return;
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    if (hasAnnotation(element, IMMUTABLE)) {
      todo.addLast(element);
    }
    for (TypeMirror argument : declared.getTypeArguments()) {
      collectModels(argument, todo);
    }
  }

  /** Why the type gets no reader, or {@code null} when it can be read as the mapper reads it. */
  private String whyNoReader(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.INTERFACE) {
      return "not a class";
    }
    if (!type.getModifiers().contains(Modifier.PUBLIC)) {
      return "not public";
    }
    TypeElement builder = nestedBuilder(type);
    if (builder == null || !builder.getModifiers().contains(Modifier.PUBLIC)) {
      return "no public nested Builder";
    }
    boolean factory = ElementFilter.methodsIn(type.getEnclosedElements()).stream().anyMatch(m ->
        m.getSimpleName().contentEquals("builder") && m.getParameters().isEmpty()
            && m.getModifiers().contains(Modifier.PUBLIC) && m.getModifiers().contains(Modifier.STATIC)
            && processingEnv.getTypeUtils().isSameType(m.getReturnType(), builder.asType()));
    if (!factory) {
      return "no public static builder() returning its Builder";
    }
    TypeElement explicitNulls = processingEnv.getElementUtils().getTypeElement(EXPLICIT_NULLS);
    if (explicitNulls != null && processingEnv.getTypeUtils().isAssignable(
        processingEnv.getTypeUtils().erasure(type.asType()), processingEnv.getTypeUtils().erasure(explicitNulls.asType()))) {
      return "a PATCH body whose explicit nulls the mapper reads with a deserializer of its own";
    }
    String style = styleProblem(type);
    if (style != null) {
      return style;
    }
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      String name = annotationName(annotation);
      if (!name.startsWith(JACKSON) || TYPE_ANNOTATIONS_FOR_WRITING.contains(name)) {
        continue;
      }
      if (name.equals(JSON_DESERIALIZE) && deserializesAsImmutable(type, annotation)) {
        continue;
      }
      return "annotated @" + name.substring(name.lastIndexOf('.') + 1) + " (" + annotation + "), which this processor does not reproduce";
    }
    for (Element member : type.getEnclosedElements()) {
      if ((member.getKind() == ElementKind.METHOD || member.getKind() == ElementKind.CONSTRUCTOR)
          && hasAnnotation(member, JSON_CREATOR)) {
        return "a @JsonCreator of its own (" + member + ")";
      }
    }
    return null;
  }

  /** Whether a class named by the type's {@code @JsonDeserialize} is not compiled yet. */
  private static boolean bindingUnresolved(TypeElement type) {
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      if (annotationName(annotation).equals(JSON_DESERIALIZE)) {
        for (AnnotationValue value : annotation.getElementValues().values()) {
          Object named = value.getValue();
          if (named instanceof TypeMirror mirror ? mirror.getKind() == TypeKind.ERROR : String.valueOf(named).contains("<error>")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** {@code @JsonDeserialize(as = Immutable<Type>.class)} and nothing else: the Immutables binding. */
  private static boolean deserializesAsImmutable(TypeElement type, AnnotationMirror annotation) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> values = annotation.getElementValues();
    if (values.size() != 1) {
      return false;
    }
    Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> only = values.entrySet().iterator().next();
    Object as = only.getValue().getValue();
    if (!only.getKey().getSimpleName().contentEquals("as") || !(as instanceof DeclaredType declared)) {
      return false;
    }
    TypeElement implementation = (TypeElement) declared.asElement();
    // Immutables' implementation of a top-level type: Immutable<Type> beside it.
    return implementation.getSimpleName().contentEquals("Immutable" + type.getSimpleName())
        && implementation.getEnclosingElement().equals(type.getEnclosingElement());
  }

  /**
   * The generated code calls {@code builder.attribute(value)}: right for the default Immutables naming
   * and for the journey-dsl style, which keep {@code init} and {@code get} as they are. A style found
   * on the type, its package or an annotation of either that changes them makes the names unknown.
   */
  private String styleProblem(TypeElement type) {
    List<Element> carriers = new ArrayList<>();
    carriers.add(type);
    for (Element e = type.getEnclosingElement(); e != null; e = e.getEnclosingElement()) {
      carriers.add(e);
      if (e instanceof PackageElement) {
        break;
      }
    }
    for (Element carrier : carriers) {
      for (AnnotationMirror annotation : carrier.getAnnotationMirrors()) {
        List<AnnotationMirror> styles = new ArrayList<>();
        styles.add(annotation);
        styles.addAll(annotation.getAnnotationType().asElement().getAnnotationMirrors());
        for (AnnotationMirror style : styles) {
          if (!annotationName(style).equals(STYLE)) {
            continue;
          }
          for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value : style.getElementValues().entrySet()) {
            String element = value.getKey().getSimpleName().toString();
            String spelled = String.valueOf(value.getValue());
            if ((element.equals("init") && !spelled.equals("\"*\"")) || element.equals("get")) {
              return "an Immutables style that renames accessors or setters (" + element + " = " + spelled + ")";
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * The attributes: abstract, argument-less, non-void instance methods, inherited ones included, and
   * the {@code @Value.Default} ones (read like the others; absent, they keep their default).
   * {@code @Value.Derived} and {@code @Value.Lazy} attributes are computed, never read.
   */
  private List<ExecutableElement> attributes(TypeElement type) {
    List<ExecutableElement> out = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(type))) {
      Set<Modifier> modifiers = method.getModifiers();
      if ((modifiers.contains(Modifier.ABSTRACT) || hasAnnotation(method, VALUE_DEFAULT)) && !modifiers.contains(Modifier.STATIC)
          && method.getParameters().isEmpty() && method.getReturnType().getKind() != TypeKind.VOID
          && !((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object")) {
        out.add(method);
      }
    }
    return out;
  }

  /** The attribute's return type as seen from the type (type variables of a generic supertype resolved). */
  private TypeMirror returnType(TypeElement type, ExecutableElement attribute) {
    if (type.asType().getKind() == TypeKind.DECLARED) {
      TypeMirror member = processingEnv.getTypeUtils().asMemberOf((DeclaredType) type.asType(), attribute);
      if (member.getKind() == TypeKind.EXECUTABLE) {
        return ((javax.lang.model.type.ExecutableType) member).getReturnType();
      }
    }
    return attribute.getReturnType();
  }

  private static TypeElement nestedBuilder(TypeElement type) {
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      if (nested.getSimpleName().contentEquals("Builder")) {
        return nested;
      }
    }
    return null;
  }

  private static boolean hasAnnotation(Element element, String name) {
    return element.getAnnotationMirrors().stream().anyMatch(a -> annotationName(a).equals(name));
  }

  private static String annotationName(AnnotationMirror annotation) {
    return ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  private void note(Element element, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, message, element);
  }

  /** The source of one reader: a {@code read} method and a helper method per attribute. */
  private final class ReaderSource {
    private final TypeElement type;
    private final Map<TypeElement, String> models;
    private final StringBuilder helpers = new StringBuilder();
    private final Set<String> cases = new LinkedHashSet<>();
    private int helperCount;

    ReaderSource(TypeElement type, Map<TypeElement, String> models) {
      this.type = type;
      this.models = models;
    }

    void write() {
      String name = type.getSimpleName() + "Reader";
      String qualified = type.getQualifiedName().toString();
      StringBuilder switchCases = new StringBuilder();
      for (ExecutableElement attribute : attributes(type)) {
        if (hasAnnotation(attribute, JSON_ANY_GETTER)) {
          continue; // the carrier of unknown fields: an unknown field bails
        }
        if (hasAnnotation(attribute, JSON_IGNORE)) {
          continue; // not read by the mapper: the name is unknown here, and bails
        }
        String attributeName = attribute.getSimpleName().toString();
        String wireName = attributeName;
        String problem = null;
        for (AnnotationMirror annotation : attribute.getAnnotationMirrors()) {
          String annotationName = annotationName(annotation);
          if (annotationName.equals(JSON_PROPERTY)) {
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value : annotation.getElementValues().entrySet()) {
              if (value.getKey().getSimpleName().contentEquals("value")) {
                String renamed = String.valueOf(value.getValue().getValue());
                wireName = renamed.isEmpty() ? wireName : renamed;
              } else {
                problem = "@JsonProperty(" + value.getKey().getSimpleName() + " = ...)";
              }
            }
          } else if (annotationName.startsWith(JACKSON)) {
            problem = "@" + annotationName.substring(annotationName.lastIndexOf('.') + 1);
          }
        }
        String read = null;
        if (problem == null) {
          Reading reading = reading(returnType(type, attribute), "v");
          read = reading.expression;
          problem = reading.problem;
        }
        if (!cases.add(wireName)) {
          processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "two attributes of " + qualified
              + " have the wire name " + wireName, attribute);
          return;
        }
        switchCases.append("        case ").append(literal(wireName)).append(" -> ");
        if (problem != null) {
          note(attribute, "the reader of " + qualified + " bails on " + wireName + ": " + problem);
          switchCases.append("throw ").append(PLAIN).append(".bail(); // ").append(problem.replace('\n', ' ')).append('\n');
        } else {
          switchCases.append("b.").append(attributeName).append('(').append(read).append(");\n");
        }
      }
      String source = "package " + PACKAGE + ";\n\n"
          + "/**\n"
          + " * Reads plain wire JSON of {@link " + qualified + "} into its builder, or bails; written by the build.\n"
          + " * Any exception it throws means the input is not plain: read the document with the mapper instead.\n"
          + " */\n"
          + "@javax.annotation.processing.Generated(\"" + WireReaderProcessor.class.getName() + "\")\n"
          + "public final class " + name + " {\n"
          + "  private " + name + "() {}\n\n"
          + "  /**\n"
          + "   * Reads the object that starts at the current token {@code t}, leaving the parser on its end.\n"
          + "   *\n"
          + "   * @param p the parser\n"
          + "   * @param t the current token, which must be the object's start\n"
          + "   * @return the value\n"
          + "   * @throws java.io.IOException from the parser\n"
          + "   */\n"
          + "  public static " + qualified + " read(com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.core.JsonToken t)\n"
          + "      throws java.io.IOException {\n"
          + "    " + PLAIN + ".expect(t, com.fasterxml.jackson.core.JsonToken.START_OBJECT);\n"
          + "    " + qualified + ".Builder b = " + qualified + ".builder();\n"
          + "    while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {\n"
          + "      String name = p.currentName();\n"
          + "      com.fasterxml.jackson.core.JsonToken v = p.nextToken();\n"
          + "      switch (name) {\n"
          + switchCases
          + "        default -> throw " + PLAIN + ".bail();\n"
          + "      }\n"
          + "    }\n"
          + "    " + PLAIN + ".expect(p.currentToken(), com.fasterxml.jackson.core.JsonToken.END_OBJECT);\n"
          + "    return b.build();\n"
          + "  }\n"
          + helpers
          + "}\n";
      try (Writer out = processingEnv.getFiler().createSourceFile(PACKAGE + "." + name, type).openWriter()) {
        out.write(source);
      } catch (IOException e) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + name + ": " + e, type);
      }
    }

    /**
     * How to read a value of {@code type} whose first token is in the variable {@code token}: an
     * expression that leaves the parser on the value's last token, or the reason it is not read.
     */
    private Reading reading(TypeMirror type, String token) {
      switch (type.getKind()) {
        case INT: return Reading.of(PLAIN + ".intValue(p, " + token + ")");
        case LONG: return Reading.of(PLAIN + ".longValue(p, " + token + ")");
        case BOOLEAN: return Reading.of(PLAIN + ".booleanValue(" + token + ")");
        case FLOAT: return Reading.of(PLAIN + ".floatValue(p, " + token + ")");
        case DOUBLE: return Reading.of(PLAIN + ".doubleValue(p, " + token + ")");
        case DECLARED: break;
        default: return Reading.no("values of type " + type + " are not read");
      }
      DeclaredType declared = (DeclaredType) type;
      TypeElement element = (TypeElement) declared.asElement();
      String name = element.getQualifiedName().toString();
      List<? extends TypeMirror> arguments = declared.getTypeArguments();
      switch (name) {
        case "java.lang.String": return Reading.of(PLAIN + ".string(p, " + token + ")");
        case "java.lang.Integer": return Reading.of(PLAIN + ".intValue(p, " + token + ")");
        case "java.lang.Long": return Reading.of(PLAIN + ".longValue(p, " + token + ")");
        case "java.lang.Boolean": return Reading.of(PLAIN + ".booleanValue(" + token + ")");
        case "java.lang.Float": return Reading.of(PLAIN + ".floatValue(p, " + token + ")");
        case "java.lang.Double": return Reading.of(PLAIN + ".doubleValue(p, " + token + ")");
        case "java.math.BigDecimal": return Reading.of(PLAIN + ".decimal(p, " + token + ")");
        case "java.time.Instant": return Reading.of(PLAIN + ".instant(p, " + token + ")");
        case "java.util.List": return list(arguments.get(0), token);
        case "java.util.Map": return map(arguments.get(0), arguments.get(1), token);
        case "java.util.Set":
          // The mapper collects a set into a HashSet before the builder copies it: its order is not
          // the document's, and equal values would be written back in another order.
          return Reading.no("a Set, which the mapper fills in hash order");
        default: break;
      }
      if (models.containsKey(element)) {
        return models.get(element) == null
            ? Reading.of(PACKAGE + "." + element.getSimpleName() + "Reader.read(p, " + token + ")")
            : Reading.no("a " + element.getSimpleName() + ", which has no reader");
      }
      if (isOpenEnum(element)) {
        ExecutableElement creator = stringCreator(element);
        return creator == null
            ? Reading.no("an open enumeration without a public static @JsonCreator factory of one String")
            : Reading.of(name + "." + creator.getSimpleName() + "(" + PLAIN + ".string(p, " + token + "))");
      }
      if (element.getKind() == ElementKind.ENUM) {
        return javaEnum(element, token);
      }
      return Reading.no("values of type " + name + " are not read (free-form JSON and unknown value types go to the mapper)");
    }

    private Reading list(TypeMirror elementType, String token) {
      Reading element = reading(elementType, "e");
      if (element.problem != null) {
        return Reading.no("a list of " + element.problem);
      }
      String method = "read" + (++helperCount);
      String javaType = "java.util.List<" + javaType(elementType) + ">";
      helpers.append("\n  private static ").append(javaType).append(' ').append(method)
          .append("(com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.core.JsonToken t) throws java.io.IOException {\n")
          .append("    ").append(PLAIN).append(".expect(t, com.fasterxml.jackson.core.JsonToken.START_ARRAY);\n")
          .append("    ").append(javaType).append(" out = new java.util.ArrayList<>();\n")
          .append("    for (com.fasterxml.jackson.core.JsonToken e = p.nextToken(); e != com.fasterxml.jackson.core.JsonToken.END_ARRAY; e = p.nextToken()) {\n")
          .append("      out.add(").append(element.expression).append(");\n")
          .append("    }\n")
          .append("    return out;\n")
          .append("  }\n");
      return Reading.of(method + "(p, " + token + ")");
    }

    private Reading map(TypeMirror keyType, TypeMirror valueType, String token) {
      if (!keyType.toString().equals("java.lang.String")) {
        return Reading.no("a map keyed by " + keyType + ", whose keys the mapper converts");
      }
      Reading value = reading(valueType, "e");
      if (value.problem != null) {
        return Reading.no("a map of " + value.problem);
      }
      String method = "read" + (++helperCount);
      String javaType = "java.util.Map<String, " + javaType(valueType) + ">";
      // A LinkedHashMap in document order, as the mapper's map deserializer fills for a Map attribute.
      helpers.append("\n  private static ").append(javaType).append(' ').append(method)
          .append("(com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.core.JsonToken t) throws java.io.IOException {\n")
          .append("    ").append(PLAIN).append(".expect(t, com.fasterxml.jackson.core.JsonToken.START_OBJECT);\n")
          .append("    ").append(javaType).append(" out = new java.util.LinkedHashMap<>();\n")
          .append("    while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {\n")
          .append("      String key = p.currentName();\n")
          .append("      com.fasterxml.jackson.core.JsonToken e = p.nextToken();\n")
          .append("      out.put(key, ").append(value.expression).append(");\n")
          .append("    }\n")
          .append("    return out;\n")
          .append("  }\n");
      return Reading.of(method + "(p, " + token + ")");
    }

    /**
     * A Java enum by the names Jackson reads without configuration: each constant's name, or its
     * {@code @JsonProperty} value. Any other Jackson annotation on the enum or its members (a
     * {@code @JsonValue}, a creator, aliases, a format) makes the mapping unknown at build time.
     */
    private Reading javaEnum(TypeElement element, String token) {
      Map<String, String> byWire = new LinkedHashMap<>();
      for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
        if (annotationName(annotation).startsWith(JACKSON)) {
          return Reading.no("an enum annotated " + annotation);
        }
      }
      for (Element member : element.getEnclosedElements()) {
        boolean constant = member.getKind() == ElementKind.ENUM_CONSTANT;
        for (AnnotationMirror annotation : member.getAnnotationMirrors()) {
          String annotationName = annotationName(annotation);
          if (!annotationName.startsWith(JACKSON)) {
            continue;
          }
          if (!constant || !annotationName.equals(JSON_PROPERTY) || annotation.getElementValues().size() != 1) {
            return Reading.no("an enum whose member " + member + " is annotated " + annotation);
          }
        }
        if (constant) {
          String wire = member.getSimpleName().toString();
          for (AnnotationMirror annotation : member.getAnnotationMirrors()) {
            if (annotationName(annotation).equals(JSON_PROPERTY)) {
              wire = String.valueOf(annotation.getElementValues().values().iterator().next().getValue());
            }
          }
          if (byWire.put(wire, member.getSimpleName().toString()) != null) {
            return Reading.no("an enum with two constants spelled " + wire);
          }
        }
      }
      String method = "read" + (++helperCount);
      String name = element.getQualifiedName().toString();
      StringBuilder cases = new StringBuilder();
      byWire.forEach((wire, constant) -> cases.append("      case ").append(literal(wire)).append(" -> ")
          .append(name).append('.').append(constant).append(";\n"));
      helpers.append("\n  private static ").append(name).append(' ').append(method)
          .append("(com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.core.JsonToken t) throws java.io.IOException {\n")
          .append("    return switch (").append(PLAIN).append(".string(p, t)) {\n")
          .append(cases)
          .append("      default -> throw ").append(PLAIN).append(".bail();\n")
          .append("    };\n")
          .append("  }\n");
      return Reading.of(method + "(p, " + token + ")");
    }

    /** The source spelling of a type, without the type annotations {@code toString()} may carry. */
    private String javaType(TypeMirror type) {
      if (type.getKind() != TypeKind.DECLARED) {
        return type.toString();
      }
      DeclaredType declared = (DeclaredType) type;
      String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      if (declared.getTypeArguments().isEmpty()) {
        return raw;
      }
      List<String> arguments = new ArrayList<>();
      for (TypeMirror argument : declared.getTypeArguments()) {
        arguments.add(javaType(argument));
      }
      return raw + "<" + String.join(", ", arguments) + ">";
    }
  }

  private boolean isOpenEnum(TypeElement element) {
    TypeElement openEnum = processingEnv.getElementUtils().getTypeElement(OPEN_ENUM);
    return openEnum != null && processingEnv.getTypeUtils().isSubtype(element.asType(), openEnum.asType());
  }

  /**
   * The factory the mapper reads an open enumeration's string with: its only {@code @JsonCreator}, a
   * public static method of one {@code String} returning the type, in the default or delegating mode.
   */
  private ExecutableElement stringCreator(TypeElement element) {
    ExecutableElement found = null;
    for (Element member : element.getEnclosedElements()) {
      if (!hasAnnotation(member, JSON_CREATOR)) {
        continue;
      }
      if (found != null || member.getKind() != ElementKind.METHOD) {
        return null;
      }
      ExecutableElement method = (ExecutableElement) member;
      List<? extends VariableElement> parameters = method.getParameters();
      boolean delegating = member.getAnnotationMirrors().stream()
          .filter(a -> annotationName(a).equals(JSON_CREATOR))
          .allMatch(a -> a.getElementValues().values().stream()
              .allMatch(v -> v.getValue().toString().equals("DELEGATING") || v.getValue().toString().equals("DEFAULT")));
      if (!delegating || !method.getModifiers().contains(Modifier.PUBLIC) || !method.getModifiers().contains(Modifier.STATIC)
          || parameters.size() != 1 || !parameters.get(0).asType().toString().equals("java.lang.String")
          || !processingEnv.getTypeUtils().isSameType(method.getReturnType(), element.asType())) {
        return null;
      }
      found = method;
    }
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (annotationName(annotation).startsWith(JACKSON)) {
        return null; // e.g. a @JsonDeserialize of its own: not the creator the mapper uses
      }
    }
    return found;
  }

  private static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** How an attribute value is read: a Java expression, or the reason it always bails. */
  private record Reading(String expression, String problem) {
    static Reading of(String expression) {
      return new Reading(expression, null);
    }

    static Reading no(String problem) {
      return new Reading(null, problem);
    }
  }
}
