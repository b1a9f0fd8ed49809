package io.journeydsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.journeydsl.json.JourneyJson;
import io.journeydsl.json.JourneyJsonException;
import io.journeydsl.segment.JourneySegment;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle reader is as strict as the API: every problem with its code, path, line and column. */
class BundleStrictnessTest {

  private static JourneyJsonException failure(String json) {
    JourneyJsonException e = catchThrowableOfType(JourneyJsonException.class, () -> JourneyConfig.fromJson(json.replace('\'', '"')));
    assertThat(e).as("expected %s to be refused", json).isNotNull();
    assertThat(e.getMessage()).doesNotContain("java.", "Jackson", "JsonToken", "Creator", "CoercionConfig",
        "StreamReadConstraints", "Immutable", "LinkedHashMap", "Source:");
    return e;
  }

  private static void assertAt(JourneyJsonException e, String code, String path, int line, int column) {
    assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
    assertThat(e.path()).as(e.getMessage()).isEqualTo(path);
    assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
    assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
    assertThat(e.getMessage()).contains("line " + line + ", column " + column);
    if (!path.isEmpty()) {
      assertThat(e.getMessage()).contains(path);
    }
  }

  @Test
  void aMergeConflictMarkerAfterTheClosingBraceIsMalformed() {
    JourneyJsonException e = failure("{'segments': [{'displayName': 'A'}]}\n>>>>>>> feature-branch\n");
    assertAt(e, JourneyJsonException.SYNTAX, "", 2, 1);
    assertThat(e.isMalformed()).isTrue();
    assertThat(e.getMessage()).contains("after the end of the JSON document").contains("line 1, column 36");
  }

  @Test
  void aSecondDocumentAfterTheFirstIsMalformed() {
    JourneyJsonException e = failure("{}\n{'segments': []}");
    assertAt(e, JourneyJsonException.SYNTAX, "", 2, 1);
    assertThat(failure("{} 3").isMalformed()).isTrue();
  }

  @Test
  void trailingWhitespaceIsFine() {
    assertThat(JourneyConfig.fromJson("{}\n\n  \t\n")).isEqualTo(JourneyConfig.builder().build());
  }

  @Test
  void aDuplicateTopLevelKeyIsRefusedInsteadOfDroppingTheFirst() {
    JourneyJsonException e = failure("{\n  'segments': [{'displayName': 'A'}],\n  'segments': [{'displayName': 'B'}]\n}");
    assertAt(e, JourneyJsonException.DUPLICATE_KEY, "segments", 3, 3);
    assertThat(e.isMalformed()).isFalse();
    assertThat(e.getMessage()).contains("duplicate key 'segments'");
  }

  @Test
  void aDuplicateKeyInsideAnObjectIsRefused() {
    JourneyJsonException e = failure("{'segments': [{'displayName': 'A',\n 'color': '#000000', 'displayName': 'B'}]}");
    assertAt(e, JourneyJsonException.DUPLICATE_KEY, "segments[0].displayName", 2, 22);
    JourneyJsonException free = failure("{'actionMaps': [{'displayName': 'M', 'later': {'x': 1, 'x': 2}}]}");
    assertAt(free, JourneyJsonException.DUPLICATE_KEY, "actionMaps[0].later.x", 1, 56);
  }

  @Test
  void badSyntaxAfterADuplicateKeyIsStillMalformed() {
    JourneyJsonException e = failure("{'segments': [], 'segments': [], ,}");
    assertThat(e.code()).isEqualTo(JourneyJsonException.SYNTAX);
  }

  @Test
  void aStringWhereAnIntegerBelongsIsATypeError() {
    JourneyJsonException e = failure("{'actionMaps': [{'displayName': 'M',\n  'weight': '3'}]}");
    assertAt(e, JourneyJsonException.TYPE, "actionMaps[0].weight", 2, 13);
    assertThat(e.getMessage()).contains("expected an integer, found a string (\"3\")");
  }

  @Test
  void aFractionWhereAnIntegerBelongsIsATypeError() {
    JourneyJsonException e = failure("{'actionMaps': [{'displayName': 'M', 'weight': 2.9}]}");
    assertAt(e, JourneyJsonException.TYPE, "actionMaps[0].weight", 1, 48);
    assertThat(e.getMessage()).contains("expected an integer, found a number (2.9)");
  }

  @Test
  void aStringOrANumberWhereABooleanBelongsIsATypeError() {
    JourneyJsonException e = failure("{'segments': [{'displayName': 'S', 'isActive': 'false'}]}");
    assertAt(e, JourneyJsonException.TYPE, "segments[0].isActive", 1, 48);
    assertThat(e.getMessage()).contains("expected true or false, found a string (\"false\")");
    assertThat(failure("{'segments': [{'displayName': 'S', 'isActive': 0}]}").getMessage())
        .contains("segments[0].isActive").contains("expected true or false, found an integer (0)");
  }

  @Test
  void aScalarWhereAStringBelongsIsATypeError() {
    JourneyJsonException e = failure("{'segments': [{'displayName': 42}]}");
    assertAt(e, JourneyJsonException.TYPE, "segments[0].displayName", 1, 31);
    assertThat(e.getMessage()).contains("expected a string, found an integer (42)");
    assertThat(failure("{'segments': [{'displayName': true}]}").code()).isEqualTo(JourneyJsonException.TYPE);
  }

  @Test
  void anArrayWhereAnObjectBelongsIsATypeError() {
    JourneyJsonException e = failure("{'segments': [[]]}");
    assertAt(e, JourneyJsonException.TYPE, "segments[0]", 1, 15);
    assertThat(e.getMessage()).contains("expected an object, found an array");
    assertThat(failure("{'segments': {}}").getMessage()).contains("expected an array, found an object");
  }

  @Test
  void aStringWhereConfigurationFieldsObjectBelongsIsATypeError() {
    JourneyJsonException e = failure("{'actionMaps': [{'displayName': 'M', 'action': {'mediaType': 'openAction',"
        + " 'openActionFields': {'configurationFields': 'oops'}}}]}");
    assertThat(e.code()).isEqualTo(JourneyJsonException.TYPE);
    assertThat(e.path()).isEqualTo("actionMaps[0].action.openActionFields.configurationFields");
    assertThat(e.getMessage()).contains("expected an object, found a string (\"oops\")");
  }

  @Test
  void theTopLevelMustBeAnObject() {
    JourneyJsonException e = failure("\n  [1]");
    assertAt(e, JourneyJsonException.TYPE, "", 2, 3);
    assertThat(e.getMessage()).contains("JSON object").contains("found an array");
    assertThat(e.isMalformed()).isFalse();
    assertThat(failure("[1").isMalformed()).as("bad syntax outweighs the wrong type").isTrue();
  }

  @Test
  void emptyInputIsMalformed() {
    assertThat(failure("").isMalformed()).isTrue();
    assertThat(failure("  \n").getMessage()).contains("empty");
  }

  @Test
  void aTimestampThatDoesNotParseIsAValueError() {
    JourneyJsonException e = failure("{'actionMaps': [{'displayName': 'M', 'startDate': 'yesterday'}]}");
    assertThat(e.code()).isEqualTo(JourneyJsonException.VALUE);
    assertThat(e.path()).isEqualTo("actionMaps[0].startDate");
    assertThat(e.getMessage()).contains("yesterday");
  }

  @Test
  void anIntegerOutOfRangeIsAValueError() {
    JourneyJsonException e = failure("{'actionMaps': [{'displayName': 'M', 'weight': 99999999999}]}");
    assertThat(e.code()).as(e.getMessage()).isEqualTo(JourneyJsonException.VALUE);
    assertThat(e.getMessage()).contains("99999999999");
  }

  @Test
  void malformedSyntaxNamesLineColumnAndIsMalformed() {
    JourneyJsonException e = failure("{\n  'segments': [\n    {'displayName': 'S',,}\n  ]\n}");
    assertThat(e.code()).isEqualTo(JourneyJsonException.SYNTAX);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.isMalformed()).isTrue();
  }

  @Test
  void nestingBeyondTheLimitIsALimitErrorWithPosition() {
    String deep = "[".repeat(1500) + "]".repeat(1500);
    JourneyJsonException e = failure("{'actionMaps': [{'displayName': 'M',\n 'later': " + deep + "}]}");
    assertThat(e.code()).isEqualTo(JourneyJsonException.LIMIT);
    assertThat(e.isMalformed()).isTrue();
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isPositive();
    assertThat(e.getMessage()).contains("nesting depth").contains("line 2, column");
  }

  @Test
  void aStringBeyondTheLimitIsALimitErrorWithPosition() {
    String huge = "x".repeat(20_000_001);
    JourneyJsonException e = failure("{'segments': [\n{'displayName': '" + huge + "'}]}");
    assertThat(e.code()).isEqualTo(JourneyJsonException.LIMIT);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isPositive();
    assertThat(e.getMessage()).contains("String value length").contains("line 2, column");
  }

  @Test
  void theSharedMapperForApiResponsesStaysLenient() {
    assertThat(JourneyJson.read("{\"displayName\":\"S\",\"isActive\":\"false\"}", JourneySegment.class).isActive())
        .isFalse();
  }

  @Test
  void readingAFileSaysWhyItCannotBeRead(@TempDir Path dir) throws Exception {
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, "{\"segments\":[{\"displayName\":\"caf\u00e9\"}]}".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(catchThrowableOfType(UncheckedIOException.class, () -> JourneyConfig.read(latin1)))
        .hasMessageContaining("latin1.json").hasMessageContaining("not UTF-8");
    assertThat(catchThrowableOfType(UncheckedIOException.class, () -> JourneyConfig.read(dir)))
        .hasMessageContaining("a directory");
    assertThat(catchThrowableOfType(UncheckedIOException.class, () -> JourneyConfig.read(dir.resolve("none.json"))))
        .hasMessageContaining("none.json").hasMessageContaining("no such file");
  }
}
