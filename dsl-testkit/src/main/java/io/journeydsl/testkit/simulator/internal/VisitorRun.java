package io.journeydsl.testkit.simulator.internal;

import io.journeydsl.ids.ScheduleGroupId;
import io.journeydsl.model.MediaType;
import io.journeydsl.testkit.simulator.Decision;
import io.journeydsl.testkit.simulator.Offer;
import io.journeydsl.testkit.simulator.OutcomeAchieved;
import io.journeydsl.testkit.simulator.OutcomeScore;
import io.journeydsl.testkit.simulator.Response;
import io.journeydsl.testkit.simulator.Rule;
import io.journeydsl.testkit.simulator.Session;
import io.journeydsl.testkit.simulator.Verdict;
import io.journeydsl.testkit.simulator.Visitor;
import io.journeydsl.testkit.simulator.VisitorEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Runs one visitor through the configuration, session by session, event by event. */
final class VisitorRun {
  /** "The session lasts until the user leaves the website, or until there is 30 minutes of inactivity." */
  static final Duration SESSION_TIMEOUT = Duration.ofMinutes(30);
  static final String NO_SCHEDULE = "no schedule was given, so its schedule group is taken as open";
  static final String TIE = "Genesys shows action maps of equal priority a share of the time each; "
      + "the simulator picks the first in configuration order";
  static final String STAYS = "after its last event the visitor stays on that page until the session times out (30 minutes)";
  static final String NEXT = "on-next-visit and on-next-session both show the action in the visitor's next session";
  static final String ONCE_PER_SESSION_OUTCOME = "an outcome is achieved at most once per session";

  private final Compiled c;
  private final Settings settings;
  private final Visitor visitor;
  private final boolean[] segmentContext;
  private final boolean[] outcomeContext;
  private Instant[] customerSince;
  private Set<String> consumed = Set.of();
  private List<Pending> nextSession = new ArrayList<>();
  final List<StepImpl> steps = new ArrayList<>();
  final List<Offer> offers = new ArrayList<>();
  final List<OutcomeAchieved> achieved = new ArrayList<>();

  // State of the current session.
  private int[] segmentCounts;
  private int[] outcomeCounts;
  private BitSet assigned;
  private BitSet outcomesDone;
  private BitSet qualified;
  private boolean[] conditions;
  private Map<String, OutcomeScore> scores;
  private Map<String, Double> maxQuantiles;
  private List<Pending> pending;
  private Map<MediaType, CapState> caps;
  /** The current event's values, lower-cased once for all criteria that ignore case. */
  private Fields fields;
  private String fieldsPage;
  /** Per pattern or condition: whether it counts events of the current session's stream (decided once per session). */
  private boolean[] segmentApplies;
  private boolean[] outcomeApplies;
  private boolean[] conditionApplies;

  private static final class CapState {
    Instant last;
    boolean accepted;
    boolean rejected;
  }

  VisitorRun(Compiled c, Settings settings, Visitor visitor) {
    this.c = c;
    this.settings = settings;
    this.visitor = visitor;
    segmentContext = new boolean[c.segments.size()];
    for (SegmentRule s : c.segments) {
      segmentContext[s.index] = s.conditions.contextMatches(visitor.context());
    }
    outcomeContext = new boolean[c.outcomes.size()];
    for (OutcomeRule o : c.outcomes) {
      outcomeContext[o.index] = o.conditions.contextMatches(visitor.context());
    }
    customerSince = new Instant[c.segments.size()];
  }

  void run() {
    for (Session session : visitor.sessions()) {
      if (!session.events().isEmpty()) {
        runSession(session);
      }
    }
  }

  private void runSession(Session session) {
    segmentCounts = new int[c.segmentCounters];
    outcomeCounts = new int[c.outcomeCounters];
    assigned = new BitSet(c.segments.size());
    outcomesDone = new BitSet(c.outcomes.size());
    qualified = new BitSet(c.maps.size());
    conditions = new boolean[c.conditionCount];
    scores = Map.of();
    maxQuantiles = Map.of();
    caps = new HashMap<>();
    segmentApplies = new boolean[c.segmentCounters];
    for (SegmentRule s : c.segments) {
      for (int p = 0; p < s.conditions.journey.length; p++) {
        segmentApplies[s.counterOffset + p] = s.conditions.journey[p].appliesTo(session.stream());
      }
    }
    outcomeApplies = new boolean[c.outcomeCounters];
    for (OutcomeRule o : c.outcomes) {
      for (int p = 0; p < o.conditions.journey.length; p++) {
        outcomeApplies[o.counterOffset + p] = o.conditions.journey[p].appliesTo(session.stream());
      }
    }
    conditionApplies = new boolean[c.conditionCount];
    for (MapRule m : c.maps) {
      for (int i = 0; i < m.eventConditions.length; i++) {
        conditionApplies[m.conditionOffset + i] = m.eventConditions[i].appliesTo(session.stream());
      }
    }
    pending = new ArrayList<>();
    for (Pending p : nextSession) {
      p.due = null;
      p.requiredPage = null;
      pending.add(p);
    }
    nextSession = new ArrayList<>();
    Instant first = session.events().get(0).at();
    for (SegmentRule s : c.segments) {
      if (customerSince[s.index] != null) {
        if (expired(s, first)) {
          customerSince = customerSince.clone();
          customerSince[s.index] = null;
        } else {
          assigned.set(s.index);
        }
      }
    }
    StepImpl previous = null;
    List<VisitorEvent> events = session.events();
    for (int i = 0; i < events.size(); i++) {
      VisitorEvent event = events.get(i);
      if (previous != null) {
        settleDelays(event, previous);
      }
      fields = new Fields(event.fields());
      fieldsPage = event.pageUrl().orElse(null);
      takeScores(event);
      List<String> newlyAssigned = matchSegments(session, event);
      matchConditions(session, event);
      Snapshot live = new Snapshot(visitor.context(), session, i, assigned, qualified, conditions, scores, maxQuantiles,
          consumed, customerSince);
      StepImpl step = new StepImpl(c, steps.size() + 1, live.copy((BitSet) qualified.clone()));
      steps.add(step);
      step.assignedHere.addAll(newlyAssigned);
      matchOutcomes(session, event, step);
      qualify(live, step, event);
      List<Pending> due = null;   // allocated only when something is due: most events have nothing
      for (Pending p : pending) {
        if (p.due == null && (p.requiredPage == null || p.requiredPage.equals(fieldsPage))) {
          if (due == null) {
            due = new ArrayList<>();
          }
          due.add(p);
        }
      }
      if (due != null) {
        attempt(due, step, event.at(), fieldsPage);
      }
      previous = step;
    }
    // The visitor stays on the last page until the session times out: delays that run out by then show there.
    VisitorEvent last = events.get(events.size() - 1);
    List<Pending> due = new ArrayList<>();
    for (Pending p : pending) {
      if (p.due != null && !p.left && !p.due.isAfter(last.at().plus(SESSION_TIMEOUT))) {
        due.add(p);
      }
    }
    attemptAt(due, previous, STAYS);
    for (SegmentRule s : c.segments) {
      if (!s.customerScope) {
        assigned.clear(s.index);
      }
    }
  }

  private boolean expired(SegmentRule s, Instant at) {
    return s.expirationDays != null && s.expirationDays > 0
        && !at.isBefore(customerSince[s.index].plus(Duration.ofDays(s.expirationDays)));
  }

  /** Delays that ran out before this event: shown on the previous step if the visitor stayed on the page. */
  private void settleDelays(VisitorEvent event, StepImpl previous) {
    List<Pending> due = new ArrayList<>();
    String page = event.pageUrl().orElse(null);
    for (Pending p : pending) {
      if (p.due == null) {
        continue;
      }
      if (!p.due.isAfter(event.at())) {
        if (p.left) {
          p.due = null;
          p.requiredPage = p.page;
        } else {
          due.add(p);
        }
      } else if (!Objects.equals(page, p.page)) {
        // Navigated away before the delay ran out: the action shows when the visitor returns to that page.
        p.left = true;
        p.due = null;
        p.requiredPage = p.page;
      }
    }
    attemptAt(due, previous, null);
  }

  /** Offers due at their own delay times while the visitor was on {@code step}'s page. */
  private void attemptAt(List<Pending> due, StepImpl step, String assumption) {
    if (due.isEmpty()) {
      return;
    }
    due.sort((a, b) -> a.due.compareTo(b.due));
    int from = 0;
    while (from < due.size()) {
      Instant at = due.get(from).due;
      int to = from;
      while (to < due.size() && due.get(to).due.equals(at)) {
        to++;
      }
      List<Pending> batch = new ArrayList<>(due.subList(from, to));
      for (Pending p : batch) {
        p.due = null;
      }
      attempt(batch, step, at, batch.get(0).page, assumption);
      from = to;
    }
  }

  private void takeScores(VisitorEvent event) {
    if (event.scores().isEmpty()) {
      return;
    }
    Map<String, OutcomeScore> s = new HashMap<>(scores);
    Map<String, Double> q = new HashMap<>(maxQuantiles);
    event.scores().forEach((outcome, score) -> {
      s.put(outcome, score);
      if (score.quantile() != null) {
        q.merge(outcome, score.quantile(), Math::max);
      }
    });
    scores = s;
    maxQuantiles = q;
  }

  private List<String> matchSegments(Session session, VisitorEvent event) {
    List<String> newly = new ArrayList<>(0);
    for (SegmentRule s : c.segments) {
      if (assigned.get(s.index) || !s.active || !segmentContext[s.index] || s.conditions.isEmpty()) {
        continue;
      }
      if (matches(s.conditions, s.counterOffset, segmentCounts, segmentApplies, event)) {
        assigned.set(s.index);
        newly.add(s.name);
        if (s.customerScope) {
          customerSince = customerSince.clone();
          customerSince[s.index] = event.at();
        }
      }
    }
    return newly;
  }

  private boolean matches(Conditions conditions, int offset, int[] counts, boolean[] applies, VisitorEvent event) {
    boolean all = true;
    for (int p = 0; p < conditions.journey.length; p++) {
      EventPattern pattern = conditions.journey[p];
      if (counts[offset + p] < pattern.count && applies[offset + p] && pattern.matches(event, fields)) {
        counts[offset + p]++;
      }
      if (counts[offset + p] < pattern.count) {
        all = false;
      }
    }
    return all;
  }

  private void matchOutcomes(Session session, VisitorEvent event, StepImpl step) {
    for (OutcomeRule o : c.outcomes) {
      if (outcomesDone.get(o.index) || !o.active || !outcomeContext[o.index] || o.conditions.isEmpty()) {
        continue;
      }
      if (matches(o.conditions, o.counterOffset, outcomeCounts, outcomeApplies, event)) {
        outcomesDone.set(o.index);
        BigDecimal value = null;
        String raw = o.valueField == null ? null : event.fields().get(o.valueField);
        if (raw != null) {
          try {
            value = new BigDecimal(raw.trim());
          } catch (NumberFormatException e) {
            value = null;   // a value that is not a number is not observed
          }
        }
        OutcomeAchieved a = new OutcomeAchieved(o.name, session.id(), event.at(), value);
        step.achieved.add(a);
        achieved.add(a);
      }
    }
  }

  private void matchConditions(Session session, VisitorEvent event) {
    for (MapRule m : c.maps) {
      for (int i = 0; i < m.eventConditions.length; i++) {
        int k = m.conditionOffset + i;
        if (!conditions[k] && conditionApplies[k] && m.eventConditions[i].matches(event, fields)) {
          conditions[k] = true;
        }
      }
    }
  }

  private void qualify(Snapshot live, StepImpl step, VisitorEvent event) {
    for (MapRule m : c.maps) {
      if (qualified.get(m.index) || !m.active) {
        continue;
      }
      if (!Qualifier.check(c, m, live, false).ok()) {
        continue;
      }
      Check why = Qualifier.check(c, m, live, true);
      qualified.set(m.index);
      step.qualifiedHere.add(m.name);
      for (int seg : m.triggerSegments) {
        if (assigned.get(seg) && customerSince[seg] != null) {
          Set<String> more = new HashSet<>(consumed);
          more.add(Qualifier.key(m, seg, customerSince[seg]));
          consumed = more;
        }
      }
      Pending p = new Pending(m, step.number(), why.reason(), why.assumption());
      switch (m.activation) {
        case DELAY -> {
          p.due = event.at().plusSeconds(m.delaySeconds);
          p.page = event.pageUrl().orElse(null);
          step.decisions.add(decision(m, Verdict.WAITING, "qualified (" + why.reason() + "); activation delay of "
              + m.delaySeconds + " s: shown at " + p.due + " if the visitor is still on this page, or when it returns to it",
              Rule.ACTIVATION, why.assumption()));
          pending.add(p);
        }
        case ON_NEXT_VISIT, ON_NEXT_SESSION -> {
          nextSession.add(p);
          step.decisions.add(decision(m, Verdict.WAITING, "qualified (" + why.reason() + "); activation "
              + m.activationShown + ": shown in the visitor's next session", Rule.ACTIVATION, NEXT));
        }
        default -> pending.add(p);
      }
    }
  }

  private void attempt(List<Pending> due, StepImpl step, Instant at, String page) {
    attempt(due, step, at, page, null);
  }

  /** Shows what is due at one moment: URL conditions, schedule, frequency cap, then precedence per media type. */
  private void attempt(List<Pending> due, StepImpl step, Instant at, String page, String extraAssumption) {
    if (due.isEmpty()) {
      return;
    }
    List<Pending> ready = null;
    for (Pending p : due) {
      MapRule m = p.map;
      boolean accepted = page != null && page.equals(fieldsPage) ? m.pageAccepts(fields) : m.pageAccepts(page);
      if (m.isWebAction() && !accepted) {
        if (p.reportedStep < 0) {   // said once, where it starts waiting; later steps explain it on demand
          Criterion failed = page == null ? null : m.firstUrlFailure(page);
          String why = page == null ? "this event is not on a page" : "the page " + page + " fails URL condition " + failed;
          step.decisions.add(decision(m, Verdict.WAITING, "qualified (" + p.qualifyingReason + "); " + why
              + ": waiting for a page its pageUrlConditions accept", Rule.PAGE_URL,
              "a qualified web action waits, for the rest of the session, for a page its URL conditions accept"));
          p.reportedStep = step.number();
        }
        p.due = null;
        p.requiredPage = null;
        continue;
      }
      pending.remove(p);
      if (ready == null) {
        ready = new ArrayList<>();
      }
      ready.add(p);
    }
    if (ready == null) {
      return;   // everything due waits for another page
    }
    Iterator<Pending> it = ready.iterator();
    while (it.hasNext()) {
      Pending p = it.next();
      MapRule m = p.map;
      if (m.scheduleGroup != null && settings.schedule() != null) {
        boolean open = settings.schedule().isOpen(ScheduleGroupId.of(m.scheduleGroup), at);
        boolean emergency = m.emergencyGroup != null && settings.schedule().isOpen(ScheduleGroupId.of(m.emergencyGroup), at);
        if (!open || emergency) {
          step.decisions.add(decision(m, Verdict.OUTSIDE_SCHEDULE, emergency
              ? "its emergency schedule group " + m.emergencyGroup + " is in force at " + at
              : "its schedule group " + m.scheduleGroup + " is closed at " + at, Rule.SCHEDULE,
              "an action held back by its schedule is not offered later in the session"));
          it.remove();
          continue;
        }
      }
      if (m.isWebAction() && !m.ignoreFrequencyCap && capped(m, at) != null) {
        step.decisions.add(decision(m, Verdict.FREQUENCY_CAPPED, capped(m, at), Rule.FREQUENCY_CAP,
            "the frequency cap counts each media type on its own within a session"));
        it.remove();
      }
    }
    // Configuration order first, so that among equal weights the first map of the configuration wins.
    ready.sort((a, b) -> Integer.compare(a.map.index, b.map.index));
    Map<MediaType, Pending> winners = new LinkedHashMap<>();
    List<Pending> shown = new ArrayList<>();
    for (Pending p : ready) {
      if (!p.map.isWebAction()) {
        shown.add(p);   // "if multiple webhooks qualify for a page, all of them will be run"
        continue;
      }
      Pending best = winners.get(p.map.mediaType);
      if (best == null || p.map.weight > best.map.weight) {
        winners.put(p.map.mediaType, p);
      }
    }
    for (Pending p : ready) {
      if (!p.map.isWebAction()) {
        continue;
      }
      Pending best = winners.get(p.map.mediaType);
      if (best == p) {
        shown.add(p);
      } else {
        boolean tie = best.map.weight == p.map.weight;
        step.decisions.add(decision(p.map, Verdict.LOST_PRECEDENCE, "'" + best.map.name + "' (weight " + best.map.weight
            + ") was offered instead: one " + p.map.mediaType + " at a time, the higher weight wins"
            + (tie ? "; equal weights" : " over weight " + p.map.weight), Rule.PRECEDENCE, tie ? TIE : null));
      }
    }
    shown.sort((a, b) -> Integer.compare(a.map.index, b.map.index));
    for (Pending p : shown) {
      MapRule m = p.map;
      Response response = settings.responder().respond(visitor, m.name);
      Offer offer = new Offer(visitor.id(), step.session().id(), m.name, m.mediaType, m.template, at, step.number(), response);
      step.offers.add(offer);
      offers.add(offer);
      if (m.isWebAction()) {
        CapState cap = caps.computeIfAbsent(m.mediaType, k -> new CapState());
        cap.last = at;
        cap.accepted |= response == Response.ACCEPTED;
        cap.rejected |= response == Response.REJECTED;
      }
      List<String> assumptions = new ArrayList<>();
      Optional.ofNullable(p.triggerAssumption).ifPresent(assumptions::add);
      Optional.ofNullable(extraAssumption).ifPresent(assumptions::add);
      if (m.scheduleGroup != null && settings.schedule() == null) {
        assumptions.add(NO_SCHEDULE);
      }
      if (!m.weightGiven && m.isWebAction()) {
        assumptions.add("an action map without weight has weight 2 (Medium)");
      }
      long rivals = ready.stream().filter(r -> r != p && r.map.isWebAction() && Objects.equals(r.map.mediaType, m.mediaType)).count();
      String reason = "qualified at event " + p.qualifiedStep + " (" + p.qualifyingReason + "); activation "
          + m.activationShown + (m.isWebAction() ? "; page " + page + " accepted" : "")
          + (rivals > 0 ? "; highest weight (" + m.weight + ") among " + (rivals + 1) + " due " + m.mediaType + " actions" : "")
          + "; visitor " + response.name().toLowerCase(java.util.Locale.ROOT);
      step.decisions.add(decision(m, Verdict.OFFERED, reason, rivals > 0 ? Rule.PRECEDENCE : Rule.ACTIVATION,
          assumptions.isEmpty() ? null : String.join("; ", assumptions)));
    }
  }

  private String capped(MapRule m, Instant at) {
    CapState cap = caps.get(m.mediaType);
    if (cap == null) {
      return null;
    }
    if (settings.cap().afterAcceptance() && cap.accepted) {
      return "the visitor accepted a " + m.mediaType + " earlier in this session";
    }
    if (settings.cap().afterRejection() && cap.rejected) {
      return "the visitor rejected a " + m.mediaType + " earlier in this session";
    }
    if (!settings.cap().minimumWait().isZero() && cap.last != null && at.isBefore(cap.last.plus(settings.cap().minimumWait()))) {
      return "the last " + m.mediaType + " was offered at " + cap.last + ", less than " + settings.cap().minimumWait() + " before";
    }
    return null;
  }

  private static Decision decision(MapRule m, Verdict verdict, String reason, Rule rule, String assumption) {
    return new Decision(m.name, verdict, reason, rule, Optional.ofNullable(assumption));
  }
}
