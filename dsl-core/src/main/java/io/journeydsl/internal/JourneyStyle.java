package io.journeydsl.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style of the journey-dsl model. Generated {@code Immutable*} classes stay
 * package-private; users see the abstract type, its nested {@code Builder} and its static
 * {@code builder()}. No Guava, insertion-ordered collections (wire order is kept), copy methods on.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    builderVisibility = BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jakarta = true,
    depluralize = true,
    depluralizeDictionary = {"criteria:criterion", "queries:query", "entities:entity"},
    redactedMask = "****",
    defaults = @Value.Immutable(copy = true))
public @interface JourneyStyle {}
