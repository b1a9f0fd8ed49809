package io.journeydsl.catalog;

/**
 * Which generation of the Journey API: the fake behaves like one, the validator knows both.
 */
public enum ApiProfile {
  /**
   * The API as the Java SDK 198.1.0 (December 2023) describes it: every endpoint answers, and the
   * PATCH bodies require the fields that SDK marks required ({@code displayName} of segments and
   * outcomes; {@code displayName}, {@code triggerWithSegments}, {@code pageUrlConditions} of action
   * maps; {@code name} of action templates). The default.
   */
  SDK_198,
  /**
   * The current API: the deprecated outcome endpoints answer {@code 410 Gone}; a segment PATCH no
   * longer requires {@code displayName}, and an action map needs no {@code triggerWithSegments} on
   * create or PATCH (see {@link RequiredFields} for every body and the sources).
   */
  CURRENT
}
