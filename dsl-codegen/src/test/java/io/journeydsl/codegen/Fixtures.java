package io.journeydsl.codegen;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sources the processor test compiles: fixture model types, and stand-ins for the three dsl-core types
 * the processor and its readers name (dsl-core is built after this module, so it cannot be on its test
 * path). The stand-in token reads make the same jackson-core calls as dsl-core's {@code PlainJson}.
 */
final class Fixtures {
  private Fixtures() {}

  static final Map<String, String> SOURCES = new LinkedHashMap<>();

  static {
    SOURCES.put("io/journeydsl/json/internal/PlainJson.java", """
        package io.journeydsl.json.internal;

        import com.fasterxml.jackson.core.JsonParser;
        import com.fasterxml.jackson.core.JsonToken;
        import java.io.IOException;

        public final class PlainJson {
          public static final class Bail extends RuntimeException {
            Bail() { super("bail", null, false, false); }
          }
          private static final Bail BAIL = new Bail();
          private PlainJson() {}
          public static Bail bail() { return BAIL; }
          public static void expect(JsonToken actual, JsonToken expected) { if (actual != expected) throw BAIL; }
          public static String string(JsonParser p, JsonToken t) throws IOException {
            expect(t, JsonToken.VALUE_STRING);
            return p.getText();
          }
          public static int intValue(JsonParser p, JsonToken t) throws IOException {
            expect(t, JsonToken.VALUE_NUMBER_INT);
            if (p.getNumberType() != JsonParser.NumberType.INT) throw BAIL;
            return p.getIntValue();
          }
          public static long longValue(JsonParser p, JsonToken t) throws IOException {
            expect(t, JsonToken.VALUE_NUMBER_INT);
            JsonParser.NumberType type = p.getNumberType();
            if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) throw BAIL;
            return p.getLongValue();
          }
          public static boolean booleanValue(JsonToken t) {
            if (t == JsonToken.VALUE_TRUE) return true;
            expect(t, JsonToken.VALUE_FALSE);
            return false;
          }
          public static float floatValue(JsonParser p, JsonToken t) throws IOException { number(t); return p.getFloatValue(); }
          public static double doubleValue(JsonParser p, JsonToken t) throws IOException { number(t); return p.getDoubleValue(); }
          public static java.math.BigDecimal decimal(JsonParser p, JsonToken t) throws IOException {
            number(t);
            return p.getDecimalValue();
          }
          public static java.time.Instant instant(JsonParser p, JsonToken t) throws IOException {
            return java.time.Instant.parse(string(p, t));
          }
          private static void number(JsonToken t) {
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) throw BAIL;
          }
        }
        """);
    SOURCES.put("io/journeydsl/model/OpenEnum.java", """
        package io.journeydsl.model;

        public abstract class OpenEnum {
          private final String value;
          protected OpenEnum(String value) { this.value = value; }
          @com.fasterxml.jackson.annotation.JsonValue
          public final String value() { return value; }
          @Override public final boolean equals(Object o) {
            return o != null && o.getClass() == getClass() && ((OpenEnum) o).value.equals(value);
          }
          @Override public final int hashCode() { return value.hashCode(); }
        }
        """);
    SOURCES.put("io/journeydsl/json/ExplicitNulls.java", """
        package io.journeydsl.json;

        public interface ExplicitNulls {}
        """);
    SOURCES.put("io/journeydsl/fixture/FixtureStyle.java", """
        package io.journeydsl.fixture;

        import org.immutables.value.Value;

        @Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE,
            builderVisibility = Value.Style.BuilderVisibility.PACKAGE, overshadowImplementation = true,
            jdkOnly = true, jakarta = true)
        public @interface FixtureStyle {}
        """);
    SOURCES.put("io/journeydsl/fixture/Root.java", """
        package io.journeydsl.fixture;

        import com.fasterxml.jackson.annotation.JsonFormat;
        import com.fasterxml.jackson.annotation.JsonIgnore;
        import com.fasterxml.jackson.annotation.JsonProperty;
        import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
        import jakarta.annotation.Nullable;
        import java.math.BigDecimal;
        import java.util.List;
        import java.util.Map;
        import java.util.Set;
        import org.immutables.value.Value;

        @Value.Immutable
        @FixtureStyle
        @JsonDeserialize(as = ImmutableRoot.class)
        public abstract class Root {
          public abstract @Nullable String name();
          @JsonProperty("wire-name") public abstract @Nullable Integer renamed();
          @JsonIgnore public abstract @Nullable String ignored();
          public abstract @Nullable Set<String> tags();
          public abstract @Nullable Map<String, Integer> counts();
          public abstract @Nullable List<List<String>> nested();
          public abstract @Nullable Color color();
          public abstract @Nullable List<Color> colors();
          public abstract @Nullable Shade shade();
          public abstract @Nullable Custom custom();
          public abstract @Nullable Child child();
          @JsonFormat(shape = JsonFormat.Shape.STRING) public abstract @Nullable Long formatted();
          @Value.Default public int count() { return 7; }
          @Value.Derived public String derived() { return "d"; }
          public abstract @Nullable Patch patch();
          public abstract @Nullable BigDecimal amount();
          public abstract @Nullable Float ratio();
          public abstract @Nullable Double share();
          public abstract @Nullable Long big();
          public abstract @Nullable Boolean flag();
          public abstract @Nullable Object anything();
          public static Builder builder() { return new Builder(); }
          public static final class Builder extends ImmutableRoot.Builder {}
        }
        """);
    SOURCES.put("io/journeydsl/fixture/Child.java", """
        package io.journeydsl.fixture;

        import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
        import jakarta.annotation.Nullable;
        import org.immutables.value.Value;

        @Value.Immutable
        @FixtureStyle
        @JsonDeserialize(as = ImmutableChild.class)
        public abstract class Child {
          public abstract @Nullable Kind kind();
          public abstract @Nullable Integer size();
          public static Builder builder() { return new Builder(); }
          public static final class Builder extends ImmutableChild.Builder {}
        }
        """);
    SOURCES.put("io/journeydsl/fixture/Orphan.java", """
        package io.journeydsl.fixture;

        import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
        import jakarta.annotation.Nullable;
        import org.immutables.value.Value;

        @Value.Immutable
        @FixtureStyle
        @JsonDeserialize(as = ImmutableOrphan.class)
        public abstract class Orphan {
          public abstract @Nullable String name();
          public static Builder builder() { return new Builder(); }
          public static final class Builder extends ImmutableOrphan.Builder {}
        }
        """);
    SOURCES.put("io/journeydsl/fixture/Custom.java", """
        package io.journeydsl.fixture;

        import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
        import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
        import jakarta.annotation.Nullable;
        import org.immutables.value.Value;

        @Value.Immutable
        @FixtureStyle
        @JsonDeserialize(as = ImmutableCustom.class)
        @JsonIgnoreProperties({"secret"})
        public abstract class Custom {
          public abstract @Nullable String secret();
          public static Builder builder() { return new Builder(); }
          public static final class Builder extends ImmutableCustom.Builder {}
        }
        """);
    SOURCES.put("io/journeydsl/fixture/Patch.java", """
        package io.journeydsl.fixture;

        import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
        import io.journeydsl.json.ExplicitNulls;
        import jakarta.annotation.Nullable;
        import org.immutables.value.Value;

        @Value.Immutable
        @FixtureStyle
        @JsonDeserialize(as = ImmutablePatch.class)
        public abstract class Patch implements ExplicitNulls {
          public abstract @Nullable String value();
          public static Builder builder() { return new Builder(); }
          public static final class Builder extends ImmutablePatch.Builder {}
        }
        """);
    SOURCES.put("io/journeydsl/fixture/Kind.java", """
        package io.journeydsl.fixture;

        import com.fasterxml.jackson.annotation.JsonCreator;
        import io.journeydsl.model.OpenEnum;

        public final class Kind extends OpenEnum {
          private Kind(String value) { super(value); }
          @JsonCreator public static Kind of(String value) { return new Kind(value); }
        }
        """);
    SOURCES.put("io/journeydsl/fixture/Color.java", """
        package io.journeydsl.fixture;

        import com.fasterxml.jackson.annotation.JsonProperty;

        public enum Color { @JsonProperty("red") RED, GREEN }
        """);
    SOURCES.put("io/journeydsl/fixture/Shade.java", """
        package io.journeydsl.fixture;

        import com.fasterxml.jackson.annotation.JsonValue;

        public enum Shade {
          DARK, LIGHT;
          @JsonValue public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }
        }
        """);
  }
}
