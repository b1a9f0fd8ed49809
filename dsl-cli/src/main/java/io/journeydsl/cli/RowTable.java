package io.journeydsl.cli;

import io.journeydsl.analytics.AggregateRow;
import io.journeydsl.analytics.JourneyDimension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Aggregate rows as a plain-text table: the interval, one column per groupBy dimension (objects of
 * the bundle by name), the metric, its count, and its sum when any row has one. Numbers are right
 * aligned; columns are as wide as their widest cell.
 */
final class RowTable {
  private RowTable() {}

  static String render(List<AggregateRow> rows, List<JourneyDimension> groupBy) {
    if (rows.isEmpty()) {
      return "No rows." + System.lineSeparator();
    }
    boolean sums = rows.stream().anyMatch(r -> r.stats() != null && r.stats().sum() != null);
    List<String> header = new ArrayList<>();
    header.add("interval");
    groupBy.forEach(d -> header.add(d.value()));
    header.add("metric");
    header.add("count");
    if (sums) {
      header.add("sum");
    }
    List<List<String>> cells = new ArrayList<>();
    for (AggregateRow row : rows) {
      List<String> line = new ArrayList<>();
      line.add(Objects.toString(row.interval(), ""));
      groupBy.forEach(d -> line.add(row.label(d)));
      line.add(row.metric() == null ? "" : row.metric().value());
      line.add(Long.toString(row.count()));
      if (sums) {
        BigDecimal sum = row.stats() == null ? null : row.stats().sum();
        line.add(sum == null ? "" : sum.toPlainString());
      }
      cells.add(line);
    }
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> line : cells) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    int firstNumber = groupBy.size() + 2;
    StringBuilder out = new StringBuilder();
    line(out, header, widths, firstNumber);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    line(out, rule, widths, firstNumber);
    cells.forEach(line -> line(out, line, widths, firstNumber));
    out.append(rows.size()).append(rows.size() == 1 ? " row" : " rows").append(System.lineSeparator());
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths, int firstNumber) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - cell.length());
      line.append(i == 0 ? "" : "  ").append(i >= firstNumber ? pad + cell : cell + pad);
    }
    out.append(line.toString().stripTrailing()).append(System.lineSeparator());
  }
}
