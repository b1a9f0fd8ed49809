/**
 * Implementation of the validator: the rule catalog, the Hibernate Validator set-up and constraint
 * mapping, the cross-field checks and the query rules. Not API: types here may change at any time.
 */
package io.journeydsl.validation.internal;
