package io.journeydsl.testkit.simulator;

/** Decides how a visitor answers each offer; by default every offer is ignored. */
@FunctionalInterface
public interface Responder {

  /**
   * The visitor's answer to an offer.
   *
   * @param visitor the visitor
   * @param actionMap the display name of the action map whose action is offered
   * @return the answer
   */
  Response respond(Visitor visitor, String actionMap);

  /** Every offer is ignored. */
  static Responder ignoreAll() {
    return (visitor, actionMap) -> Response.IGNORED;
  }

  /** Every offer is accepted. */
  static Responder acceptAll() {
    return (visitor, actionMap) -> Response.ACCEPTED;
  }
}
