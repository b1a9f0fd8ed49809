package io.journeydsl.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeydsl.ids.ScheduleGroupId;
import io.journeydsl.pattern.EventStream;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionsFileTest {

  @Test
  void readsVisitorsSessionsEventsAnswersCapAndSchedule() {
    SessionsFile file = SessionsFile.read("""
        { "frequencyCap": { "afterRejection": true, "minimumWaitSeconds": 60 },
          "schedule": { "hours": [ { "from": "2026-03-10T08:00:00Z", "to": "2026-03-10T18:00:00Z" } ] },
          "visitors": [ { "id": "ann", "context": { "device.category": "mobile", "authenticated": true },
            "responses": { "Sale": "accepted", "*": "rejected" },
            "sessions": [ { "id": "a1", "type": "app", "events": [
              { "at": "2026-03-10T10:00:00Z", "page": "https://shop.example.com/p?x=1#top", "title": "P" },
              { "at": "2026-03-10T10:01:00Z", "event": "added_to_cart", "attributes": { "cartValue": 120 },
                "fields": { "searchQuery": "shoes" }, "scores": { "Purchase": { "probability": 0.7 } } } ] } ] } ] }
        """);

    Visitor ann = file.visitors().get(0);
    assertThat(ann.context()).containsEntry("device.category", "mobile").containsEntry("authenticated", "true");
    Session session = ann.sessions().get(0);
    assertThat(session.stream()).isEqualTo(EventStream.APP);
    assertThat(session.events().get(0).fields()).containsEntry("page.pathname", "/p").containsEntry("page.queryString", "x=1")
        .containsEntry("page.fragment", "top").containsEntry("page.hostname", "shop.example.com")
        .containsEntry("page.title", "P").containsEntry("eventName", "page_viewed");
    assertThat(session.events().get(1).fields()).containsEntry("attributes.cartValue.value", "120")
        .containsEntry("searchQuery", "shoes").containsEntry("eventName", "added_to_cart");
    assertThat(session.events().get(1).scores().get("Purchase").probability()).isEqualTo(0.7);
    assertThat(file.frequencyCap()).isEqualTo(new FrequencyCap(false, true, Duration.ofSeconds(60)));
    assertThat(file.responder().respond(ann, "Sale")).isEqualTo(Response.ACCEPTED);
    assertThat(file.responder().respond(ann, "Other")).isEqualTo(Response.REJECTED);
    assertThat(file.schedule().isOpen(ScheduleGroupId.of("hours"), Instant.parse("2026-03-10T17:59:59Z"))).isTrue();
    assertThat(file.schedule().isOpen(ScheduleGroupId.of("hours"), Instant.parse("2026-03-10T18:00:00Z"))).isFalse();
    assertThat(file.schedule().isOpen(ScheduleGroupId.of("unlisted"), Instant.parse("2026-03-10T12:00:00Z"))).isFalse();
  }

  @Test
  void problemsNameTheirJsonPath() {
    assertThatThrownBy(() -> SessionsFile.read("{\"visitors\":[{\"id\":\"a\",\"sessions\":[],\"age\":3}]}"))
        .hasMessageContaining("$.visitors[0].age: unknown key");
    assertThatThrownBy(() -> SessionsFile.read("{\"visitors\":[{\"id\":\"a\",\"sessions\":[{\"id\":\"s\",\"events\":[{\"at\":\"2026-03-10T10:00:00Z\"}]}]}]}"))
        .hasMessageContaining("$.visitors[0].sessions[0].events[0]: an event needs a").hasMessageContaining("URL or an");
    assertThatThrownBy(() -> SessionsFile.read("{\"visitors\":[{\"id\":\"a\",\"responses\":{\"M\":\"maybe\"},\"sessions\":[]}]}"))
        .hasMessageContaining("$.visitors[0].responses.M: 'maybe' is not accepted, rejected or ignored");
    assertThatThrownBy(() -> SessionsFile.read("{\"visitors\":[{\"id\":\"a\",\"sessions\":[{\"id\":\"s\",\"events\":["
        + "{\"at\":\"2026-03-10T10:00:00Z\",\"page\":\"u\"},{\"at\":\"2026-03-10T09:00:00Z\",\"page\":\"u\"}]}]}]}"))
        .hasMessageContaining("$.visitors[0].sessions[0]: session s: event 2 is earlier than event 1");
    assertThatThrownBy(() -> SessionsFile.read("[1,"))
        .hasMessageStartingWith("not JSON");
  }
}
