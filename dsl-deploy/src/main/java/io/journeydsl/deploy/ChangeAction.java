package io.journeydsl.deploy;

/** What a plan does with one object, and the symbol that marks it in the plan's text. */
public enum ChangeAction {
  /** The configuration has it and the org does not: {@code POST}. */
  CREATE('+', "create"),
  /** Both have it and some field differs: a minimal {@code PATCH} with the current version. */
  UPDATE('~', "update"),
  /** The org has it, the configuration does not, and pruning selected it: {@code DELETE}. */
  DELETE('-', "delete"),
  /** Both have it and nothing the configuration sets differs: no request. */
  UNCHANGED('=', "unchanged");

  private final char symbol;
  private final String word;

  ChangeAction(char symbol, String word) {
    this.symbol = symbol;
    this.word = word;
  }

  /** The mark of the plan's text: {@code + ~ - =}. */
  public char symbol() {
    return symbol;
  }

  /** The lower-case word of the plan's JSON: {@code create}, {@code update}, {@code delete}, {@code unchanged}. */
  public String word() {
    return word;
  }
}
