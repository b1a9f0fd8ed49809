package io.journeydsl.validation.internal;

import jakarta.annotation.Nullable;
import java.util.Map;

/**
 * What a cross-field check attaches to a Hibernate Validator violation as its dynamic payload: the
 * rejected value of the field it points at and the message parameters.
 */
record Finding(@Nullable Object rejected, Map<String, ?> args) {}
