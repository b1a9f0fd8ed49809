package io.journeydsl.cli;

import io.journeydsl.analytics.AggregateRow;
import io.journeydsl.analytics.JourneyDimension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Aggregate rows as a self-contained SVG line chart of metrics over time, written by hand so the
 * command needs no charting library: the intervals on the x axis (in time order), the count on the y
 * axis, one line per group and metric with a dot per interval, and a legend. Every point carries a
 * {@code <title>} so a browser shows its value on hover.
 */
final class SvgChart {
  private static final int WIDTH = 960;
  private static final int HEIGHT = 420;
  private static final int LEFT = 70;
  private static final int RIGHT = 300;
  private static final int TOP = 50;
  private static final int BOTTOM = 70;
  private static final String[] COLOURS = {"#1e88e5", "#e53935", "#43a047", "#fb8c00", "#8e24aa", "#00acc1",
      "#6d4c41", "#3949ab", "#c0ca33", "#d81b60"};

  private SvgChart() {}

  /** One line of the chart: its legend text and its count per interval. */
  record Series(String name, Map<String, Long> counts) {}

  /** The series of {@code rows}: one per group (by label) and metric, in the order the rows first show them. */
  static List<Series> series(List<AggregateRow> rows, List<JourneyDimension> groupBy) {
    Map<String, Map<String, Long>> byName = new LinkedHashMap<>();
    for (AggregateRow row : rows) {
      List<String> parts = new ArrayList<>();
      groupBy.forEach(d -> parts.add(row.label(d)));
      parts.add(row.metric() == null ? "?" : row.metric().value());
      String name = String.join(" · ", parts);
      byName.computeIfAbsent(name, n -> new LinkedHashMap<>())
          .merge(row.interval() == null ? "" : row.interval(), row.count(), Long::sum);
    }
    List<Series> out = new ArrayList<>();
    byName.forEach((name, counts) -> out.add(new Series(name, counts)));
    return out;
  }

  static String render(String title, List<AggregateRow> rows, List<JourneyDimension> groupBy) {
    List<Series> series = series(rows, groupBy);
    // ISO-8601 intervals from one answer share a format, so text order is time order.
    List<String> intervals = new ArrayList<>(new TreeSet<>(series.stream().flatMap(s -> s.counts().keySet().stream()).toList()));
    long max = series.stream().flatMap(s -> s.counts().values().stream()).mapToLong(Long::longValue).max().orElse(0);
    long top = niceCeiling(max);
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    StringBuilder svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
    svg.append("  <title>").append(xml(title)).append("</title>\n");
    svg.append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    svg.append("  <text x=\"").append(LEFT).append("\" y=\"28\" font-size=\"16\" font-weight=\"bold\">").append(xml(title))
        .append("</text>\n");
    // y axis: five steps from 0 to the rounded-up maximum, with grid lines.
    for (int i = 0; i <= 5; i++) {
      long value = top * i / 5;
      double y = TOP + plotHeight - (double) plotHeight * i / 5;
      svg.append("  <line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotWidth).append("\" y1=\"").append(num(y))
          .append("\" y2=\"").append(num(y)).append("\" stroke=\"").append(i == 0 ? "#424242" : "#e0e0e0").append("\"/>\n");
      svg.append("  <text x=\"").append(LEFT - 8).append("\" y=\"").append(num(y + 4)).append("\" text-anchor=\"end\">")
          .append(value).append("</text>\n");
    }
    svg.append("  <text x=\"16\" y=\"").append(TOP + plotHeight / 2).append("\" transform=\"rotate(-90 16 ")
        .append(TOP + plotHeight / 2).append(")\" text-anchor=\"middle\">count</text>\n");
    boolean dates = intervals.stream().map(SvgChart::start).map(s -> s.length() >= 10 ? s.substring(0, 10) : s).distinct()
        .count() == intervals.size();
    for (int i = 0; i < intervals.size(); i++) {
      String start = start(intervals.get(i));
      String label = dates && start.length() >= 10 ? start.substring(0, 10) : start.length() >= 16 ? start.substring(0, 16) : start;
      svg.append("  <text x=\"").append(num(x(i, intervals.size(), plotWidth))).append("\" y=\"").append(TOP + plotHeight + 20)
          .append("\" text-anchor=\"middle\"><title>").append(xml(intervals.get(i))).append("</title>").append(xml(label))
          .append("</text>\n");
    }
    for (int s = 0; s < series.size(); s++) {
      Series one = series.get(s);
      String colour = COLOURS[s % COLOURS.length];
      svg.append("  <g class=\"series\" stroke=\"").append(colour).append("\" fill=\"").append(colour).append("\">\n");
      svg.append("    <title>").append(xml(one.name())).append("</title>\n");
      StringBuilder points = new StringBuilder();
      StringBuilder dots = new StringBuilder();
      for (int i = 0; i < intervals.size(); i++) {
        long count = one.counts().getOrDefault(intervals.get(i), 0L);
        double x = x(i, intervals.size(), plotWidth);
        double y = TOP + plotHeight - (top == 0 ? 0 : (double) plotHeight * count / top);
        points.append(points.length() == 0 ? "" : " ").append(num(x)).append(',').append(num(y));
        dots.append("    <circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"3.5\"><title>")
            .append(xml(one.name() + " " + intervals.get(i) + ": " + count)).append("</title></circle>\n");
      }
      svg.append("    <polyline fill=\"none\" stroke-width=\"2\" points=\"").append(points).append("\"/>\n");
      svg.append(dots);
      svg.append("  </g>\n");
      int legendY = TOP + 10 + 20 * s;
      int legendX = LEFT + plotWidth + 20;
      svg.append("  <rect x=\"").append(legendX).append("\" y=\"").append(legendY - 9).append("\" width=\"12\" height=\"12\" fill=\"")
          .append(colour).append("\"/>\n");
      svg.append("  <text x=\"").append(legendX + 18).append("\" y=\"").append(legendY + 1).append("\">").append(xml(one.name()))
          .append("</text>\n");
    }
    if (series.isEmpty()) {
      svg.append("  <text x=\"").append(LEFT + plotWidth / 2).append("\" y=\"").append(TOP + plotHeight / 2)
          .append("\" text-anchor=\"middle\">No rows</text>\n");
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** The x of the i-th of n intervals: spread over the plot, one alone in the middle. */
  private static double x(int i, int n, int plotWidth) {
    return n == 1 ? LEFT + plotWidth / 2.0 : LEFT + 20 + (plotWidth - 40.0) * i / (n - 1);
  }

  private static String start(String interval) {
    int slash = interval.indexOf('/');
    return slash < 0 ? interval : interval.substring(0, slash);
  }

  /** The smallest of 1, 2 or 5 times a power of ten at or above {@code max}, so axis steps are round numbers. */
  static long niceCeiling(long max) {
    if (max <= 5) {
      return 5;
    }
    long power = 1;
    while (power * 10 < max) {
      power *= 10;
    }
    for (long step : new long[] {1, 2, 5, 10}) {
      if (step * power >= max) {
        return step * power;
      }
    }
    return 10 * power;
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return out.toString();
  }
}
