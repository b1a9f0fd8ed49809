package io.journeydsl.validation.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Makes Hibernate Validator see Immutables-style accessors: every no-argument method with a return
 * value is a property named exactly like the method, which is the wire name ({@code displayName()}
 * is {@code displayName}, {@code isActive()} is {@code isActive}). Without it, constraints on such
 * accessors silently never run (HV only knows {@code getX()} and primitive {@code isX()}).
 */
public final class WireNameGetters implements GetterPropertySelectionStrategy {
  private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass", "clone",
      "builder", "unknownFields", "explicitNulls", "toWire", "toPatch");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    String name = executable.getName();
    if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class
        || NOT_PROPERTIES.contains(name)) {
      return Optional.empty();
    }
    return Optional.of(name);
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
