/**
 * JMH benchmarks of journey-dsl: validation throughput of a large mixed bundle and the cost of calls
 * through {@link io.journeydsl.client.JourneyClient} on the in-memory fake. Run with
 * {@code java -jar dsl-benchmarks/target/benchmarks.jar}; see {@code docs/benchmarks.md}.
 */
package io.journeydsl.benchmarks;
