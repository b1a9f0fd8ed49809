package io.journeydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    assertThat(r.err()).contains(bad + ":3:25: Unexpected character (',' (code 44))");
    assertThat(r.out()).contains("in 0 files, 1 unreadable: " + bad);
  }

  @Test
  void aWrongTypeIsAnErrorAtItsPathLineAndColumnAndExitsOne() throws Exception {
    Path bad = file("typed.json", "{'actionMaps':[{'displayName':'M',\n 'weight':'heavy'}]}");
    CliRun r = CliRun.of("validate", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains(bad + ":2:11: actionMaps[0].weight [input.type] ERROR expected an integer, found a string (\"heavy\")")
        .contains("1 error, 0 warnings, 0 infos in 1 file");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void everyWrongShapeIsAnErrorWithItsOwnCode() throws Exception {
    assertShapeError("{'actionMaps':[{'displayName':'M','action':{'mediaType':'openAction',"
        + "'openActionFields':{'configurationFields':'oops'}}}]}",
        "actionMaps[0].action.openActionFields.configurationFields [input.type] ERROR expected an object, found a string");
    assertShapeError("[{'segments':[]}]", ":1:1: (bundle) [input.type] ERROR a bundle must be a JSON object");
    assertShapeError("{'segments':[[]]}", "segments[0] [input.type] ERROR expected an object, found an array");
    assertShapeError("{'segments':[{'displayName':'S','isActive':'false'}]}",
        "segments[0].isActive [input.type] ERROR expected true or false, found a string");
    assertShapeError("{'actionMaps':[{'displayName':'M','weight':2.9}]}",
        "actionMaps[0].weight [input.type] ERROR expected an integer, found a number (2.9)");
    assertShapeError("{'segments':[],\n'segments':[{'displayName':'S'}]}", ":2:1: segments [input.duplicateKey] ERROR duplicate key");
    assertShapeError("{'segmets':[]}", ":1:2: segmets [input.unknownKey] ERROR");
    assertShapeError("{'actionMaps':[{'displayName':'M','startDate':'soon'}]}", "actionMaps[0].startDate [input.value] ERROR");
  }

  private void assertShapeError(String json, String expected) throws Exception {
    Path bad = file("shape.json", json);
    CliRun r = CliRun.of("validate", bad.toString());
    assertThat(r.exit()).as(r.out()).isEqualTo(1);
    assertThat(r.out()).contains(bad.toString()).contains(expected).doesNotContain("java.", "JsonToken", "Creator");
  }

  @Test
  void aMergeConflictMarkerAfterTheBundleExitsTwo() throws Exception {
    Path bad = file("conflict.json", "{'segments':[]}\n>>>>>>> feature\n");
    CliRun r = CliRun.of("validate", bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(bad + ":2:1:").contains("after the end of the JSON document");
    assertThat(r.out()).contains("in 0 files, 1 unreadable: " + bad);
  }

  @Test
  void aMissingFileExitsTwo() {
    CliRun r = CliRun.of("validate", dir.resolve("nope.json").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("nope.json: cannot read: no such file");
  }

  @Test
  void aDirectoryExitsTwo() {
    CliRun r = CliRun.of("validate", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(dir + ": cannot read: a directory, not a file");
  }

  @Test
  void anUnreadableFileExitsTwoSayingPermissionDenied() throws Exception {
    Path secret = golden();
    assumeTrue(secret.toFile().setReadable(false, false), "cannot take the read permission away");
    try {
      assumeFalse(Files.isReadable(secret), "running with privileges that read anything");
      CliRun r = CliRun.of("validate", secret.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).contains(secret + ": cannot read: permission denied");
    } finally {
      secret.toFile().setReadable(true, false);
    }
  }

  @Test
  void aFileThatIsNotUtf8ExitsTwoNamingFileAndPlace() throws Exception {
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, "{\"segments\":[\n{\"displayName\":\"caf\u00e9\"}]}".getBytes(StandardCharsets.ISO_8859_1));
    CliRun r = CliRun.of("validate", latin1.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(latin1 + ":2:20: not UTF-8 text: byte 0xE9").doesNotContain("Input length");
  }

  @Test
  void aUtf8ByteOrderMarkIsAccepted() throws Exception {
    Path bom = dir.resolve("bom.json");
    Files.write(bom, ("\uFEFF" + Files.readString(golden())).getBytes(StandardCharsets.UTF_8));
    assertThat(CliRun.of("validate", bom.toString()).exit()).isZero();
  }

  @Test
  void nestingBeyondTheLimitExitsTwoWithLineAndColumn() throws Exception {
    Path deep = file("deep.json", "{'segments':[{'displayName':'S',\n'later':" + "[".repeat(2000) + "]".repeat(2000) + "}]}");
    CliRun r = CliRun.of("validate", deep.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).containsPattern(java.util.regex.Pattern.quote(deep.toString()) + ":2:\\d+: .*nesting depth");
  }

  @Test
  void theJsonReportGivesEveryFileItsOwnVerdict() throws Exception {
    Path good = golden();
    Path broken = file("broken.json", BROKEN);
    Path malformed = file("malformed.json", "{'segments': [,]}");
    Path missing = dir.resolve("missing.json");
    Path shape = file("shape.json", "{'actionMaps':[{'displayName':'M','weight':'3'}]}");
    CliRun r = CliRun.of("validate", "--format", "json", good.toString(), broken.toString(), malformed.toString(),
        missing.toString(), shape.toString());
    assertThat(r.exit()).isEqualTo(2);
    JsonNode json = JourneyJson.mapper().readTree(r.out());
    assertThat(json.get("valid").asBoolean()).isFalse();
    JsonNode files = json.get("files");
    assertThat(files).hasSize(5);
    assertVerdict(files.get(0), good, true, true);
    assertThat(files.get(0).get("violations")).hasSize(2);
    assertVerdict(files.get(1), broken, false, true);
    assertVerdict(files.get(2), malformed, false, false);
    assertThat(files.get(2).get("error").get("code").asText()).isEqualTo("input.syntax");
    assertThat(files.get(2).get("error").get("line").asInt()).isEqualTo(1);
    assertThat(files.get(2).get("error").get("column").asInt()).isEqualTo(15);
    assertVerdict(files.get(3), missing, false, false);
    assertThat(files.get(3).get("error").get("code").asText()).isEqualTo("input.unreadable");
    assertThat(files.get(3).get("error").get("message").asText()).isEqualTo("cannot read: no such file");
    assertThat(files.get(3).get("error").has("line")).isFalse();
    assertVerdict(files.get(4), shape, false, true);
    JsonNode typeError = files.get(4).get("violations").get(0);
    assertThat(typeError.get("code").asText()).isEqualTo("input.type");
    assertThat(typeError.get("path").asText()).isEqualTo("actionMaps[0].weight");
    assertThat(typeError.get("severity").asText()).isEqualTo("ERROR");
    assertThat(typeError.get("line").asInt()).isEqualTo(1);
    assertThat(typeError.get("column").asInt()).isEqualTo(44);
    JsonNode summary = json.get("summary");
    assertThat(summary.get("files").asInt()).isEqualTo(5);
    assertThat(summary.get("valid").asInt()).isEqualTo(1);
    assertThat(summary.get("invalid").asInt()).isEqualTo(2);
    assertThat(summary.get("unreadable").asInt()).isEqualTo(2);
    assertThat(summary.get("errors").asInt()).isEqualTo(4);
    assertThat(json.get("violations")).anySatisfy(v -> assertThat(v.get("file").asText()).isEqualTo(shape.toString()));
  }

  @Test
  void aGoodFileBesideAMalformedOneIsNeverReportedValid() throws Exception {
    Path malformed = file("malformed.json", "{'segments': [");
    CliRun r = CliRun.of("validate", "--format", "json", golden().toString(), malformed.toString());
    assertThat(r.exit()).isEqualTo(2);
    JsonNode json = JourneyJson.mapper().readTree(r.out());
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.get("files").get(0).get("valid").asBoolean()).isTrue();
    assertThat(json.get("files").get(1).get("valid").asBoolean()).isFalse();
    assertThat(json.get("files").get(1).get("readable").asBoolean()).isFalse();
  }

  @Test
  void aGoodFileBesideAWronglyShapedOneExitsOneAndIsNotValid() throws Exception {
    Path shape = file("shape.json", "{'segments': {}}");
    CliRun r = CliRun.of("validate", "--format", "json", golden().toString(), shape.toString());
    assertThat(r.exit()).isEqualTo(1);
    JsonNode json = JourneyJson.mapper().readTree(r.out());
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.get("files").get(1).get("readable").asBoolean()).isTrue();
    assertThat(json.get("files").get(1).get("violations").get(0).get("code").asText()).isEqualTo("input.type");
  }

  private static void assertVerdict(JsonNode file, Path name, boolean valid, boolean readable) {
    assertThat(file.get("file").asText()).isEqualTo(name.toString());
    assertThat(file.get("valid").asBoolean()).as(file.toString()).isEqualTo(valid);
    assertThat(file.get("readable").asBoolean()).as(file.toString()).isEqualTo(readable);
    assertThat(file.has("error")).isEqualTo(!readable);
  }

  @Test
  void anEmptyOrBlankFileIsNamedWithThePlaceWhereItsTextEnds(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path blank = Files.writeString(tmp.resolve("blank.json"), "  \n  ");

    CliRun r = CliRun.of("validate", blank.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("journey validate: " + blank + ":2:3: empty input");
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    assertThat(CliRun.of("validate").exit()).isEqualTo(2);
    assertThat(CliRun.of("validate", "--format", "xml", golden().toString()).exit()).isEqualTo(2);
  }
}
