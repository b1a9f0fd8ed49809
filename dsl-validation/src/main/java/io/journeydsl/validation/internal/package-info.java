/**
 * Implementation of the validator: the rule catalog, the field rules as declared
 * ({@code *Constraints}) and their direct walk ({@code FieldValidation}), the cross-field checks and
 * the query rules. Not API: types here may change at any time.
 */
package io.journeydsl.validation.internal;
