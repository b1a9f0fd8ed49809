package io.journeydsl.internal;

/**
 * The base of every wire model type: its {@code toString()} is the type name and the compact wire
 * JSON, e.g. {@code UrlCondition{"values":["/pricing"],"operator":"containsAll"}}, so unset fields are
 * left out. Declared once here so that Immutables does not generate its own per type.
 */
public abstract class WireValue {
  /** Only model types extend it. */
  protected WireValue() {}

  /** The type name and the compact wire JSON of this value; unset fields are left out. */
  @Override
  public String toString() {
    return ModelStrings.of(this);
  }
}
