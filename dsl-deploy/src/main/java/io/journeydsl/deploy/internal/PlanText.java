package io.journeydsl.deploy.internal;

import io.journeydsl.deploy.Change;
import io.journeydsl.deploy.ChangeAction;
import io.journeydsl.deploy.FieldChange;
import io.journeydsl.deploy.Plan;

/** The text form of a plan: a summary, one marked line per object, one line per changed field. */
final class PlanText {
  /** Field values longer than this are cut, so a long nested object does not flood the terminal. */
  private static final int MAX_VALUE = 100;
  private static final String RESET = "\u001B[0m";

  private PlanText() {}

  static String render(Plan plan, boolean colour) {
    StringBuilder out = new StringBuilder(summary(plan)).append('\n');
    for (Change change : plan.changes()) {
      String colourOn = colour ? colourOf(change.action()) : "";
      String colourOff = colour && !colourOn.isEmpty() ? RESET : "";
      out.append(colourOn).append(change.action().symbol()).append(' ').append(change.collection().label())
          .append(" '").append(change.name()).append('\'');
      change.orgId().ifPresent(id -> out.append(" (id ").append(id).append(')'));
      out.append(colourOff).append('\n');
      for (FieldChange field : change.fields()) {
        out.append("    ").append(field.field()).append(": ").append(value(field.before()))
            .append(" -> ").append(value(field.after())).append('\n');
      }
    }
    return out.toString();
  }

  /** {@code Plan: 1 to create, 2 to update, 0 to delete, 3 unchanged.} */
  static String summary(Plan plan) {
    return "Plan: " + plan.count(ChangeAction.CREATE) + " to create, " + plan.count(ChangeAction.UPDATE)
        + " to update, " + plan.count(ChangeAction.DELETE) + " to delete, " + plan.count(ChangeAction.UNCHANGED)
        + " unchanged.";
  }

  private static String value(String json) {
    if (json == null) {
      return "(absent)";
    }
    return json.length() <= MAX_VALUE ? json : json.substring(0, MAX_VALUE) + "... (" + json.length() + " chars)";
  }

  private static String colourOf(ChangeAction action) {
    return switch (action) {
      case CREATE -> "\u001B[32m";
      case UPDATE -> "\u001B[33m";
      case DELETE -> "\u001B[31m";
      case UNCHANGED -> "";
    };
  }
}
