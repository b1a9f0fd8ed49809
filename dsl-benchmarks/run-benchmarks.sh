#!/usr/bin/env bash
# Runs the whole benchmark suite once and rewrites the generated section of docs/benchmarks.md and
# docs/benchmark-results.json. Short settings by default (11 minutes on two quiet cores, 20 to 25 on busy ones); --long
# for the settings in the benchmark annotations' spirit (five 5 s iterations after five warm-ups) and
# three times as many cold processes.
#
#   dsl-benchmarks/run-benchmarks.sh [--long]
#
# Everything the rows compare runs in this one invocation, so ratios hold on a loaded machine.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--long" ]]; then
  warmups=5; iterations=5; seconds=5s; first_runs=21; deploy_runs=3
else
  warmups=2; iterations=3; seconds=1s; first_runs=7; deploy_runs=1
fi
jmh=(-f 1 -wi "$warmups" -i "$iterations" -w "$seconds" -r "$seconds")
command="dsl-benchmarks/run-benchmarks.sh${*:+ $*}"
out=dsl-benchmarks/target/bench-results
jar=dsl-benchmarks/target/benchmarks.jar
rm -rf "$out" && mkdir -p "$out"

# The jars (dsl-cli's journey.jar and its launcher for row 5), and each module's runtime class path
# for rows 5 and 7 (written beside its jar). The optional Apache HttpClient 5 path is left out: a
# user gets it only by adding it.
classpath_goal=org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath
mvn -B -q -o -DskipTests package "$classpath_goal" -pl dsl-benchmarks,dsl-cli -am -DincludeScope=runtime \
  -DexcludeArtifactIds=feign-hc5,httpclient5,httpcore5,httpcore5-h2 -Dmdep.outputFile=target/runtime.classpath
cp dsl-validation/target/runtime.classpath "$out/dsl-validation.classpath"
cp dsl-feign-transport/target/runtime.classpath "$out/dsl-feign-transport.classpath"
ls dsl-core/target/dsl-core-*.jar dsl-validation/target/dsl-validation-*.jar \
  dsl-feign-transport/target/dsl-feign-transport-*.jar | grep -v -e sources -e javadoc -e tests | paste -sd: > "$out/modules.classpath"
mvn -B -q -o -f dsl-benchmarks/src/footprint/sdk-user/pom.xml "$classpath_goal" -DincludeScope=runtime \
  -Dmdep.outputFile="$PWD/$out/sdk.classpath"
rm -rf dsl-benchmarks/src/footprint/sdk-user/target

# JMH refuses to start while another JMH holds its lock file; on a shared machine that is someone
# else's run, not ours, so the lock is ignored (the ratios within this run are what count).
run_jmh() { java -Djmh.ignoreLock=true -jar "$jar" "${jmh[@]}" -rf json "$@"; }
run_jmh -t 1 -rff "$out/jmh-t1.json" 'JsonBenchmark|HttpRoundTripBenchmark|FakeOverheadBenchmark'
# A 100,000-object validation takes a second or more, and the simulator's JIT is starved on a busy
# machine: the short settings would measure both before the JIT has compiled them, so they get a
# longer warm-up whatever the mode.
java -Djmh.ignoreLock=true -jar "$jar" -f 1 -wi 4 -w 5s -i "$iterations" -r 3s -rf json -t 1 \
  -rff "$out/jmh-long-warmup.json" 'ValidationBenchmark|SimulatorBenchmark'
run_jmh -t 4 -rff "$out/jmh-t4.json" 'HttpRoundTripBenchmark'

# Row 4: the first validation, each in a new JVM on a user's runtime class path (row 7's), without
# and with the validator prepared in the background, in turn.
java -cp "$jar" io.journeydsl.benchmarks.MixedBundles 100 "$out/bundle-100.json"
# The benchmark classes come from their plain jar: AppCDS refuses a class path with a non-empty folder.
bench_classes=$(ls dsl-benchmarks/target/dsl-benchmarks-*.jar | grep -v -e sources -e javadoc | head -1)
validation_classpath="$bench_classes:$(cat "$out/modules.classpath"):$(cat "$out/dsl-validation.classpath")"
# The third variant maps an AppCDS archive written by one training run, as a user's test JVM can
# (-XX:ArchiveClassesAtExit once, then -XX:SharedArchiveFile; the archive is this run's alone).
java -XX:ArchiveClassesAtExit="$out/first-validation.jsa" -Xlog:cds=off -cp "$validation_classpath" \
  io.journeydsl.benchmarks.process.FirstValidation "$out/bundle-100.json" prepared > /dev/null
for _ in $(seq "$first_runs"); do
  for mode in plain prepared; do
    java -cp "$validation_classpath" io.journeydsl.benchmarks.process.FirstValidation "$out/bundle-100.json" "$mode" \
      >> "$out/first-validation.jsonl"
  done
  java -XX:SharedArchiveFile="$out/first-validation.jsa" -Xshare:auto -cp "$validation_classpath" \
    io.journeydsl.benchmarks.process.FirstValidation "$out/bundle-100.json" prepared "prepared + AppCDS" \
    >> "$out/first-validation.jsonl"
done

# Row 5a: `journey validate` of the same bundle through the launcher and through plain java -jar,
# and `journey --version` as the floor, each a new process, the three in turn.
java -cp "$jar" io.journeydsl.benchmarks.process.CliStartup "$first_runs" "$out/cli-startup.jsonl" \
  "$out/bundle-100.json" dsl-cli/target
# Row 5b: the first call of a new process, ours vs the SDK's in pairs, each on its user's runtime
# class path (row 7's), plus the benchmark classes for the two small mains.
ours_classpath="$bench_classes:$(cat "$out/modules.classpath"):$(cat "$out/dsl-feign-transport.classpath")"
sdk_classpath="$bench_classes:$(cat "$out/sdk.classpath")"
java -cp "$jar" io.journeydsl.benchmarks.process.FirstCallPairs "$first_runs" "$out/first-call.jsonl" \
  "$ours_classpath" "$sdk_classpath"

# Row 6a: plan + apply of 2,000 objects, each process one cold round and one warm round on a fresh fake.
for _ in $(seq "$deploy_runs"); do
  java -cp "$jar" io.journeydsl.benchmarks.process.DeployScale memory 2 >> "$out/deploy-memory.jsonl"
  java -cp "$jar" io.journeydsl.benchmarks.process.DeployScale http 2 >> "$out/deploy-http.jsonl"
done

# Row 7: heap after 10,000 objects (the class paths were written above).
java -XX:+UseSerialGC -cp "$jar" io.journeydsl.benchmarks.process.HeapAfterValidation > "$out/heap.json"

java -cp "$jar" io.journeydsl.benchmarks.report.BenchmarkReport "$out" docs/benchmarks.md docs/benchmark-results.json "$command"
echo "wrote docs/benchmarks.md and docs/benchmark-results.json"
