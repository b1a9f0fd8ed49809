/**
 * Validation of journey configurations: field, cross-field and cross-object rules reported in one
 * {@code ValidationReport}. The rules arrive with their own issue; this module holds its package only.
 */
package io.journeydsl.validation;
