package io.journeydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.json.JourneyJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir
  Path dir;

  private Path file(String name, String json) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, json.replace('\'', '"'), StandardCharsets.UTF_8);
    return file;
  }

  private Path golden() throws Exception {
    try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/demo-bundle.json"))) {
      Path file = dir.resolve("demo.json");
      Files.write(file, in.readAllBytes());
      return file;
    }
  }

  private static final String BROKEN = "{'segments':[{'displayName':'S','color':'blue','journey':{'patterns':[]}}],"
      + "'actionMaps':[{'displayName':'Offer the sale','triggerWithSegments':['${segment:S}'],"
      + "'pageUrlConditions':[{'values':['/p'],'operator':'contains'}],'activation':{'type':'immediate'},"
      + "'action':{'mediaType':'contentOffer'}}]}";

  @Test
  void aValidBundleExitsZeroWithACount() throws Exception {
    CliRun r = CliRun.of("validate", golden().toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).endsWith("0 errors, 2 warnings, 0 infos in 1 file" + System.lineSeparator());
    assertThat(r.err()).isEmpty();
  }

  @Test
  void errorsExitOneWithOneLinePerViolation() throws Exception {
    Path broken = file("broken.json", BROKEN);
    CliRun r = CliRun.of("validate", broken.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains(broken + ": segments[S].color [segment.color.hex] ERROR 'blue' is not a color of the form #RRGGBB")
        .contains(broken + ": actionMaps[Offer the sale].pageUrlConditions[0].operator [field.enum.unknown] ERROR")
        .contains(broken + ": actionMaps[Offer the sale].action.actionTemplate.id [action.actionTemplate.missing] ERROR")
        .contains("3 errors, 1 warning, 0 infos in 1 file");
  }

  @Test
  void jsonOutputListsFileCodeAndSeverity() throws Exception {
    Path broken = file("broken.json", BROKEN);
    CliRun r = CliRun.of("validate", "--format", "json", golden().toString(), broken.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = JourneyJson.mapper().readTree(r.out());
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.get("violations")).anySatisfy(v -> {
      assertThat(v.get("file").asText()).isEqualTo(broken.toString());
      assertThat(v.get("path").asText()).isEqualTo("segments[S].color");
      assertThat(v.get("code").asText()).isEqualTo("segment.color.hex");
      assertThat(v.get("severity").asText()).isEqualTo("ERROR");
      assertThat(v.get("message").asText()).contains("blue");
    });
    assertThat(json.get("violations")).allSatisfy(v -> assertThat(v.size()).isEqualTo(5));
  }

  @Test
  void jsonOfAValidBundleIsValid() throws Exception {
    CliRun r = CliRun.of("validate", "--format=json", golden().toString());
    assertThat(r.exit()).isZero();
    assertThat(JourneyJson.mapper().readTree(r.out()).get("valid").asBoolean()).isTrue();
  }

  @Test
  void malformedJsonExitsTwoNamingFileLineAndColumn() throws Exception {
    Path bad = file("bad.json", "{\n  'segments': [\n    {'displayName': 'S',,}\n  ]\n}");
    CliRun r = CliRun.of("validate", bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(bad + ":3:").contains("line 3");
    assertThat(r.out()).contains("in 0 files, 1 unreadable");
  }

  @Test
  void aWrongTypeExitsTwoNamingTheFieldPath() throws Exception {
    Path bad = file("typed.json", "{'actionMaps':[{'displayName':'M','weight':'heavy'}]}");
    CliRun r = CliRun.of("validate", bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(bad.toString()).contains("weight").contains("line 1");
  }

  @Test
  void aMissingFileExitsTwo() {
    CliRun r = CliRun.of("validate", dir.resolve("nope.json").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("nope.json").contains("cannot read");
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    assertThat(CliRun.of("validate").exit()).isEqualTo(2);
    assertThat(CliRun.of("validate", "--format", "xml", golden().toString()).exit()).isEqualTo(2);
  }
}
