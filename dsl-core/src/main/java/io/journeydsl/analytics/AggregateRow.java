package io.journeydsl.analytics;

import io.journeydsl.catalog.IdDimension;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of aggregate results: the statistics of one metric, in one interval, for one group. The
 * wire nests them (group, then interval, then metric); rows are the flat, typed view a report or an
 * assertion wants.
 *
 * @param group the group's value of each groupBy dimension (empty when the query had no groupBy)
 * @param names the names of the group values that are ids of known objects, by dimension
 * @param interval the ISO-8601 interval of the bucket, as the server sent it
 * @param metric the metric
 * @param qualifier the metric's qualifier, if the server sent one
 * @param stats the statistics
 */
public record AggregateRow(Map<JourneyDimension, String> group, Map<JourneyDimension, String> names,
    @Nullable String interval, @Nullable JourneyMetric metric, @Nullable String qualifier,
    @Nullable StatisticalSummary stats) {

  /** Copies the maps, keeping their order; a row is immutable. */
  public AggregateRow {
    group = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(group, "group")));
    names = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(names, "names")));
  }

  /** The group's value of {@code dimension}. */
  public Optional<String> value(JourneyDimension dimension) {
    return Optional.ofNullable(group.get(dimension));
  }

  /** The name of the object whose id is the group's value of {@code dimension}, when it is known. */
  public Optional<String> name(JourneyDimension dimension) {
    return Optional.ofNullable(names.get(dimension));
  }

  /** What to show for {@code dimension}: the object's name when known, else the value, else {@code ""}. */
  public String label(JourneyDimension dimension) {
    return name(dimension).orElseGet(() -> value(dimension).orElse(""));
  }

  /** The statistics' count, 0 when the server sent none. */
  public long count() {
    return stats == null || stats.count() == null ? 0 : stats.count();
  }

  /** The rows of {@code response}, with group values named by {@code groupNames}, in wire order. */
  static List<AggregateRow> of(JourneyAggregateQueryResponse response, GroupNames groupNames) {
    List<AggregateRow> rows = new ArrayList<>();
    for (JourneyAggregateDataContainer container : nullToEmpty(response.results())) {
      Map<JourneyDimension, String> group = container.group() == null ? Map.of() : container.group();
      Map<JourneyDimension, String> names = new LinkedHashMap<>();
      group.forEach((dimension, value) -> IdDimension.targetOf(dimension)
          .flatMap(collection -> value == null ? Optional.empty() : groupNames.nameOf(collection, value))
          .ifPresent(name -> names.put(dimension, name)));
      for (StatisticalResponse data : nullToEmpty(container.data())) {
        for (AggregateMetricData metric : nullToEmpty(data.metrics())) {
          rows.add(new AggregateRow(group, names, data.interval(), metric.metric(), metric.qualifier(), metric.stats()));
        }
      }
    }
    return Collections.unmodifiableList(rows);
  }

  private static <T> List<T> nullToEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }
}
