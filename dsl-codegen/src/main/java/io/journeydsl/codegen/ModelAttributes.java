package io.journeydsl.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** The attributes of a wire model type as the processors see them: one definition for all of them. */
final class ModelAttributes {
  /** Accessors that carry no wire field of their own (unknown fields, explicit nulls). */
  static final Set<String> CARRIERS = Set.of("unknownFields", "explicitNulls");

  private ModelAttributes() {}

  /** The abstract, argument-less accessors declared by the type (no model type inherits one), in declaration order. */
  static List<ExecutableElement> of(TypeElement type) {
    List<ExecutableElement> out = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.ABSTRACT) && !method.getModifiers().contains(Modifier.STATIC)
          && method.getParameters().isEmpty() && !CARRIERS.contains(method.getSimpleName().toString())) {
        out.add(method);
      }
    }
    return out;
  }
}
