package io.journeydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tuning options of {@code journey validate}: --lenient-values, --ignore and --warnings-as-errors. */
class ValidateOptionsTest {
  @TempDir
  Path dir;

  /** One unknown operator (an ERROR by default) and one segment listed twice (a WARNING). */
  private Path bundle() throws Exception {
    Path file = dir.resolve("b.json");
    Files.writeString(file, ("{'segments':[{'displayName':'S','journey':{'patterns':[{'criteria':[{'key':'page.url',"
        + "'values':['/p'],'shouldIgnoreCase':false,'operator':'containsAny'}],'count':1,'streamType':'Web',"
        + "'sessionType':'web'}]}}],'actionMaps':[{'displayName':'M','triggerWithSegments':['${segment:S}',"
        + "'${segment:S}'],'pageUrlConditions':[{'values':['/p'],'operator':'ContainsAny'}],"
        + "'activation':{'type':'immediate'},'action':{'mediaType':'webMessagingOffer'}}]}").replace('\'', '"'),
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void anUnknownValueIsAnErrorWithASuggestionUnlessLenient() throws Exception {
    Path file = bundle();
    CliRun strict = CliRun.of("validate", file.toString());
    assertThat(strict.exit()).isEqualTo(1);
    assertThat(strict.out()).contains("[field.enum.unknown] ERROR").contains("did you mean 'containsAny'?");
    CliRun lenient = CliRun.of("validate", "--lenient-values", file.toString());
    assertThat(lenient.exit()).isZero();
    assertThat(lenient.out()).contains("[field.enum.unknown] WARNING").contains("0 errors, 2 warnings");
  }

  @Test
  void ignoredCodesAreNotReported() throws Exception {
    CliRun r = CliRun.of("validate", "--ignore", "field.enum.unknown", "--ignore",
        "actionMap.triggerWithSegments.duplicate", bundle().toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).doesNotContain("field.enum.unknown").contains("0 errors, 0 warnings");
  }

  @Test
  void warningsCanFailTheRun() throws Exception {
    CliRun r = CliRun.of("validate", "--lenient-values", "--warnings-as-errors", bundle().toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("[actionMap.triggerWithSegments.duplicate] ERROR")
        .contains("[field.enum.unknown] WARNING");
  }
}
