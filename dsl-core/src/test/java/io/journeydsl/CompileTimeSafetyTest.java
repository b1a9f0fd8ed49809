package io.journeydsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.Nullable;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The DSL's grammar is enforced by the compiler: each snippet compiles with the "good" line and
 * fails with the "bad" one, so a refactoring that loosens a type is caught here.
 */
class CompileTimeSafetyTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      journey criterion in a journey pattern | pattern(web(), 1, JourneyKeys.PAGE_URL.contains("/p")) | pattern(web(), 1, ContextKeys.DEVICE_CATEGORY.equal("mobile"))
      context criterion in a context pattern | contextPattern(ContextKeys.DEVICE_CATEGORY.equal("mobile")) | contextPattern(JourneyKeys.PAGE_URL.contains("/p"))
      a key alone is not a criterion | pattern(web(), 1, JourneyKeys.PAGE_URL.equal("/p")) | pattern(web(), 1, JourneyKeys.PAGE_URL)
      ordering only on ordered keys | ContextKeys.BROWSER_VERSION.greaterThan("100") | ContextKeys.BROWSER_FAMILY.greaterThan("100")
      a yes/no key only compares to a boolean | ContextKeys.AUTHENTICATED.isTrue() | ContextKeys.AUTHENTICATED.contains("yes")
      segment references only where segments go | actionMap("m").triggerWithSegments(Ref.segment("s")) | actionMap("m").triggerWithSegments(Ref.outcome("o"))
      outcome references only where outcomes go | quantile(Ref.outcome("o"), 0.5f) | quantile(Ref.segment("s"), 0.5f)
      template references only where templates go | contentOffer(Ref.actionTemplate("t")) | contentOffer(Ref.segment("s"))
      interval before metrics | aggregateQuery().interval("2026-01-01T00:00:00Z/2026-01-02T00:00:00Z").metrics(JourneyMetric.N_JOURNEY_SESSIONS).build() | aggregateQuery().metrics(JourneyMetric.N_JOURNEY_SESSIONS)
      metrics before options | aggregateQuery().interval("2026-01-01T00:00:00Z/2026-01-02T00:00:00Z").metrics(JourneyMetric.N_JOURNEY_SESSIONS).groupBy(JourneyDimension.JOURNEY_SEGMENT_ID) | aggregateQuery().interval("2026-01-01T00:00:00Z/2026-01-02T00:00:00Z").groupBy(JourneyDimension.JOURNEY_SEGMENT_ID)
      no build before metrics | aggregateQuery().interval("2026-01-01T00:00:00Z/2026-01-02T00:00:00Z").metrics(JourneyMetric.N_JOURNEY_SESSIONS).build() | aggregateQuery().interval("2026-01-01T00:00:00Z/2026-01-02T00:00:00Z").build()
      an action is one media-type variant | actionMap("m").action(webMessagingOffer("Hi")) | actionMap("m").action(MediaType.WEB_MESSAGING_OFFER)
      custom attributes compare by order, page keys do not | JourneyKeys.attribute("cartValue").greaterThan("100") | JourneyKeys.PAGE_URL.greaterThan("100")
      event conditions compare by order, URL conditions do not | event(web(), "attributes.n.value").lessThan("3") | url().lessThan("3")
      a flow id is not a bare string | webMessagingOffer("Hi", FlowId.of("f")) | webMessagingOffer("Hi", "f")
      one kind of id cannot stand for another | architectFlow(FlowId.of("f")) | architectFlow(ScheduleGroupId.of("f"))
      schedule groups take schedule group ids | actionMap("m").actionMapScheduleGroups(ScheduleGroupId.of("g")) | actionMap("m").actionMapScheduleGroups(FlowId.of("g"))
      open actions take open action ids | openAction(OpenActionId.of("o"), "n", java.util.Map.of()) | openAction(ActionTargetId.of("o"), "n", java.util.Map.of())
      likelihood only of outcomes | likelihood(Ref.outcome("o")).atLeast(0.5f) | likelihood(Ref.segment("s")).atLeast(0.5f)
      PATCH segment references only where segments go | PatchActionMap.builder().triggerWithSegments(Ref.segment("s")) | PatchActionMap.builder().triggerWithSegments(Ref.outcome("o"))
      """)
  void goodCompilesAndBadDoesNot(String rule, String good, String bad) {
    assertThat(compile(good)).as("good: " + good).isEmpty();
    assertThat(compile(bad)).as("bad: " + bad).isNotEmpty();
  }

  private static List<String> compile(String expression) {
    String source = """
        package snippet;
        import static io.journeydsl.Journey.*;
        import io.journeydsl.Ref;
        import io.journeydsl.criteria.*;
        import io.journeydsl.pattern.*;
        import io.journeydsl.model.*;
        import io.journeydsl.analytics.*;
        import io.journeydsl.actionmap.PatchActionMap;
        import io.journeydsl.ids.*;
        class Snippet {
          Object run() { return %s; }
        }
        """.formatted(expression);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///snippet/Snippet.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    List<String> options = List.of("-proc:none", "-d", System.getProperty("java.io.tmpdir") + File.separator + "journey-dsl-snippets",
        "-classpath", classpath());
    compiler.getTask(null, null, diagnostics, options, null, List.of(file)).call();
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(null))
        .collect(Collectors.toList());
  }

  /** The jars the snippet needs, found from classes rather than java.class.path (surefire hides it). */
  private static String classpath() {
    return Stream.of(Journey.class, JsonNode.class, JsonProperty.class, Nullable.class)
        .map(CompileTimeSafetyTest::location)
        .map(Path::toString)
        .distinct()
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
