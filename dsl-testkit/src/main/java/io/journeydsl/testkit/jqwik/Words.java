package io.journeydsl.testkit.jqwik;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Realistic names, paths and texts for generated objects. */
final class Words {
  private static final List<String> ADJECTIVES = List.of("Returning", "New", "Mobile", "Hesitant", "Loyal",
      "Frequent", "Weekend", "Evening", "High-value", "First-time", "Churning", "Curious");
  private static final List<String> AUDIENCES = List.of("visitors", "shoppers", "customers", "browsers",
      "subscribers", "readers", "buyers", "members");
  private static final List<String> OFFERS = List.of("Spring sale", "Free shipping", "Loyalty bonus",
      "Chat invitation", "Newsletter signup", "Upgrade offer", "Checkout help", "Trial extension");
  private static final List<String> GOALS = List.of("Purchase completed", "Signed up", "Trial started",
      "Upgraded plan", "Booked a demo", "Downloaded the app", "Contacted sales");
  private static final List<String> PAGES = List.of("/pricing", "/checkout", "/cart", "/account", "/help",
      "/products", "/order/confirmation", "/signup", "/blog", "/contact");

  private Words() {}

  /** Audience names such as {@code "Returning shoppers 7"}. */
  static Arbitrary<String> audience() {
    return Combinators.combine(Arbitraries.of(ADJECTIVES), Arbitraries.of(AUDIENCES), Arbitraries.integers().between(1, 99))
        .as((adjective, audience, n) -> adjective + " " + audience + " " + n);
  }

  /** Offer names such as {@code "Spring sale 12"}. */
  static Arbitrary<String> offer() {
    return Combinators.combine(Arbitraries.of(OFFERS), Arbitraries.integers().between(1, 99))
        .as((offer, n) -> offer + " " + n);
  }

  /** Goal names such as {@code "Signed up 3"}. */
  static Arbitrary<String> goal() {
    return Combinators.combine(Arbitraries.of(GOALS), Arbitraries.integers().between(1, 99))
        .as((goal, n) -> goal + " " + n);
  }

  /** Site paths such as {@code /pricing}. */
  static Arbitrary<String> path() {
    return Arbitraries.of(PAGES);
  }

  /** A short free text of letters and spaces. */
  static Arbitrary<String> text() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ').ofMinLength(1).ofMaxLength(40)
        .filter(s -> !s.isBlank()).map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1));
  }

  /** A colour {@code #RRGGBB}. */
  static Arbitrary<String> color() {
    return Arbitraries.integers().between(0, 0xFFFFFF).map(rgb -> String.format("#%06X", rgb));
  }
}
