package io.journeydsl.testkit.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.journeydsl.Journey;
import io.journeydsl.error.ServerErrorException;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.FakeJourneyServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state file holds every acknowledged write and nothing else: a write that cannot be stored is
 * refused with a Genesys 503 and is not kept in memory either; links are followed; read-only state is
 * refused at start; temporary files do not pile up.
 */
class StateFileTest {
  @TempDir
  Path dir;

  private static JourneySegment segment(String name) {
    return Journey.segment(name).color("#123456").build();
  }

  @Test
  void everyWriteSurvivesARestartAndTheLogIsCompactedAtStart() {
    Path state = dir.resolve("state.json");
    FakeJourneyApi first = FakeJourneyApi.builder().stateFile(state).build();
    JourneySegment kept = first.client().segments().create(segment("Kept"));
    JourneySegment gone = first.client().segments().create(segment("Gone"));
    first.client().segments().delete(gone.id());
    first.close();

    FakeJourneyApi second = FakeJourneyApi.builder().stateFile(state).build();
    assertThat(second.segments()).extracting(JourneySegment::id).containsExactly(kept.id());
    assertThat(dir.resolve("state.json.log")).isEmptyFile();
    second.close();
  }

  @Test
  void aWriteThatCannotBeStoredIs503AndIsNotKept() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "needs a device that is always full");
    Path state = dir.resolve("state.json");
    FakeJourneyApi first = FakeJourneyApi.builder().stateFile(state).build();
    JourneySegment stored = first.client().segments().create(segment("Stored"));
    first.close();
    // Starting again compacts: "Stored" is in the snapshot and the log is empty.
    FakeJourneyApi fake = FakeJourneyApi.builder().stateFile(state).build();
    // Closing releases the log; the next write opens it again, and finds a device with no space left.
    fake.close();
    Files.delete(dir.resolve("state.json.log"));
    Files.createSymbolicLink(dir.resolve("state.json.log"), full);

    try (FakeJourneyServer server = FakeJourneyServer.start(fake)) {
      HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder()
          .uri(URI.create(server.baseUri() + "/api/v2/journey/segments"))
          .header("Authorization", "Bearer any").header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"Lost\",\"color\":\"#123456\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(503);
      assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
      assertThat(answer.body()).contains("\"code\":\"service.unavailable\"").doesNotContain(dir.toString())
          .doesNotContain("Exception").doesNotContain("/dev/full");
    }
    assertThatThrownBy(() -> fake.client().segments().patch(stored.id(),
        io.journeydsl.segment.PatchSegment.builder().displayName("Renamed").version(1).build()))
        .isInstanceOf(ServerErrorException.class);
    assertThat(fake.segments()).extracting(JourneySegment::displayName).containsExactly("Stored");
    fake.close();
    Files.delete(dir.resolve("state.json.log"));

    FakeJourneyApi restarted = FakeJourneyApi.builder().stateFile(state).build();
    assertThat(restarted.segments()).extracting(JourneySegment::displayName).containsExactly("Stored");
    restarted.close();
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void aLinkedStateFileUpdatesItsTargetAndStaysALink() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real")).resolve("target.json");
    Path link = Files.createSymbolicLink(dir.resolve("state.json"), real);
    FakeJourneyApi fake = FakeJourneyApi.builder().stateFile(link).build();
    fake.client().segments().create(segment("Through the link"));
    fake.reset();
    fake.client().segments().create(segment("After reset"));
    fake.close();

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
    assertThat(FakeJourneyApi.builder().stateFile(real).build().segments())
        .extracting(JourneySegment::displayName).containsExactly("After reset");
  }

  @Test
  void temporaryFilesLeftByACrashAreRemovedAtStart() throws IOException {
    Path state = dir.resolve("state.json");
    Path leftover = Files.writeString(dir.resolve("state.json.8812345.tmp"), "{half", StandardCharsets.UTF_8);
    Path unrelated = Files.writeString(dir.resolve("other.tmp"), "mine", StandardCharsets.UTF_8);
    FakeJourneyApi fake = FakeJourneyApi.builder().stateFile(state).build();
    fake.client().segments().create(segment("One"));
    fake.reset();
    fake.close();
    assertThat(leftover).doesNotExist();
    assertThat(unrelated).exists();
    assertThat(temporaryFiles()).containsExactly(unrelated);
  }

  @Test
  void aReadOnlyStateFileIsRefusedAtStart() throws IOException {
    Path state = dir.resolve("state.json");
    FakeJourneyApi.builder().stateFile(state).build().close();
    Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("r--r--r--"));
    assumeFalse(Files.isWritable(state), "the user running the tests may write read-only files (root)");
    assertThatThrownBy(() -> FakeJourneyApi.builder().stateFile(state).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
  }

  @Test
  void aDamagedLineInsideTheLogIsRefusedButACutOffLastLineIsDropped() throws IOException {
    Path state = dir.resolve("state.json");
    FakeJourneyApi fake = FakeJourneyApi.builder().stateFile(state).build();
    fake.client().segments().create(segment("Whole"));
    // Read while the fake runs: the write is in the log already (closing would compact it away).
    Path log = dir.resolve("state.json.log");
    String whole = Files.readString(log);
    Files.writeString(log, whole + whole.substring(0, whole.length() / 2));
    assertThat(FakeJourneyApi.builder().stateFile(state).build().segments())
        .extracting(JourneySegment::displayName).containsExactly("Whole");

    Files.writeString(log, "{\"changes\":[{\"collection\":\"nope\"}]}\n" + whole);
    assertThatThrownBy(() -> FakeJourneyApi.builder().stateFile(state).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("damaged at line 1");
  }

  private Stream<Path> temporaryFiles() throws IOException {
    return Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp")).toList().stream();
  }
}
