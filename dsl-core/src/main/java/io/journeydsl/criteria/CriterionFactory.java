package io.journeydsl.criteria;

import java.util.List;

/** Makes one kind of criterion from a key, an operator, its values and the case flag. */
@FunctionalInterface
interface CriterionFactory<C> {
  C make(String key, Operator operator, List<String> values, boolean ignoreCase);

  /** Journey (event) criteria: {@link Criteria}. */
  static CriterionFactory<Criteria> journey() {
    return (key, operator, values, ignoreCase) -> Criteria.builder()
        .key(key).values(values).shouldIgnoreCase(ignoreCase).operator(operator).build();
  }

  /** Visit context criteria: {@link EntityTypeCriteria} on entity type {@code visit}. */
  static CriterionFactory<EntityTypeCriteria> context() {
    return (key, operator, values, ignoreCase) -> EntityTypeCriteria.builder()
        .key(key).values(values).shouldIgnoreCase(ignoreCase).operator(operator)
        .entityType(EntityType.VISIT).build();
  }
}
