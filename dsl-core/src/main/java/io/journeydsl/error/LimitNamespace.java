package io.journeydsl.error;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.journeydsl.common.OpenEnum;
import io.journeydsl.internal.KnownValues;
import java.util.List;

/**
 * Namespace of a Genesys limit named in an error body.
 *
 * <p>An open enumeration: values unknown to this version of journey-dsl are kept verbatim
 * (see {@link OpenEnum}).
 */
public final class LimitNamespace extends OpenEnum {
  private static final KnownValues<LimitNamespace> KNOWN = new KnownValues<>(LimitNamespace::new);

  /** {@code agent.assistant} */
  public static final LimitNamespace AGENT_ASSISTANT = KNOWN.add("agent.assistant");

  /** {@code analytics.alerting} */
  public static final LimitNamespace ANALYTICS_ALERTING = KNOWN.add("analytics.alerting");

  /** {@code analytics} */
  public static final LimitNamespace ANALYTICS = KNOWN.add("analytics");

  /** {@code analytics.realtime} */
  public static final LimitNamespace ANALYTICS_REALTIME = KNOWN.add("analytics.realtime");

  /** {@code analytics.reporting.settings} */
  public static final LimitNamespace ANALYTICS_REPORTING_SETTINGS = KNOWN.add("analytics.reporting.settings");

  /** {@code architect} */
  public static final LimitNamespace ARCHITECT = KNOWN.add("architect");

  /** {@code audiohook} */
  public static final LimitNamespace AUDIOHOOK = KNOWN.add("audiohook");

  /** {@code audit} */
  public static final LimitNamespace AUDIT = KNOWN.add("audit");

  /** {@code auth.api} */
  public static final LimitNamespace AUTH_API = KNOWN.add("auth.api");

  /** {@code authorization} */
  public static final LimitNamespace AUTHORIZATION = KNOWN.add("authorization");

  /** {@code automation.testing} */
  public static final LimitNamespace AUTOMATION_TESTING = KNOWN.add("automation.testing");

  /** {@code bots} */
  public static final LimitNamespace BOTS = KNOWN.add("bots");

  /** {@code bots.voice} */
  public static final LimitNamespace BOTS_VOICE = KNOWN.add("bots.voice");

  /** {@code callback} */
  public static final LimitNamespace CALLBACK = KNOWN.add("callback");

  /** {@code cobrowse} */
  public static final LimitNamespace COBROWSE = KNOWN.add("cobrowse");

  /** {@code content.management} */
  public static final LimitNamespace CONTENT_MANAGEMENT = KNOWN.add("content.management");

  /** {@code conversation} */
  public static final LimitNamespace CONVERSATION = KNOWN.add("conversation");

  /** {@code dataactions} */
  public static final LimitNamespace DATAACTIONS = KNOWN.add("dataactions");

  /** {@code datatables} */
  public static final LimitNamespace DATATABLES = KNOWN.add("datatables");

  /** {@code directory} */
  public static final LimitNamespace DIRECTORY = KNOWN.add("directory");

  /** {@code email} */
  public static final LimitNamespace EMAIL = KNOWN.add("email");

  /** {@code employee.engagement} */
  public static final LimitNamespace EMPLOYEE_ENGAGEMENT = KNOWN.add("employee.engagement");

  /** {@code event.orchestration} */
  public static final LimitNamespace EVENT_ORCHESTRATION = KNOWN.add("event.orchestration");

  /** {@code external.contacts} */
  public static final LimitNamespace EXTERNAL_CONTACTS = KNOWN.add("external.contacts");

  /** {@code gcv} */
  public static final LimitNamespace GCV = KNOWN.add("gcv");

  /** {@code gdpr} */
  public static final LimitNamespace GDPR = KNOWN.add("gdpr");

  /** {@code groups} */
  public static final LimitNamespace GROUPS = KNOWN.add("groups");

  /** {@code historical.adherence} */
  public static final LimitNamespace HISTORICAL_ADHERENCE = KNOWN.add("historical.adherence");

  /** {@code infrastructureascode} */
  public static final LimitNamespace INFRASTRUCTUREASCODE = KNOWN.add("infrastructureascode");

  /** {@code integrations} */
  public static final LimitNamespace INTEGRATIONS = KNOWN.add("integrations");

  /** {@code intent.miner} */
  public static final LimitNamespace INTENT_MINER = KNOWN.add("intent.miner");

  /** {@code journey} */
  public static final LimitNamespace JOURNEY = KNOWN.add("journey");

  /** {@code knowledge} */
  public static final LimitNamespace KNOWLEDGE = KNOWN.add("knowledge");

  /** {@code language.understanding} */
  public static final LimitNamespace LANGUAGE_UNDERSTANDING = KNOWN.add("language.understanding");

  /** {@code learning} */
  public static final LimitNamespace LEARNING = KNOWN.add("learning");

  /** {@code limit.registry} */
  public static final LimitNamespace LIMIT_REGISTRY = KNOWN.add("limit.registry");

  /** {@code marketplace} */
  public static final LimitNamespace MARKETPLACE = KNOWN.add("marketplace");

  /** {@code media.communications} */
  public static final LimitNamespace MEDIA_COMMUNICATIONS = KNOWN.add("media.communications");

  /** {@code messaging} */
  public static final LimitNamespace MESSAGING = KNOWN.add("messaging");

  /** {@code notifications} */
  public static final LimitNamespace NOTIFICATIONS = KNOWN.add("notifications");

  /** {@code onboarding} */
  public static final LimitNamespace ONBOARDING = KNOWN.add("onboarding");

  /** {@code outbound} */
  public static final LimitNamespace OUTBOUND = KNOWN.add("outbound");

  /** {@code platform.api} */
  public static final LimitNamespace PLATFORM_API = KNOWN.add("platform.api");

  /** {@code predictive.routing} */
  public static final LimitNamespace PREDICTIVE_ROUTING = KNOWN.add("predictive.routing");

  /** {@code presence} */
  public static final LimitNamespace PRESENCE = KNOWN.add("presence");

  /** {@code quality} */
  public static final LimitNamespace QUALITY = KNOWN.add("quality");

  /** {@code recording} */
  public static final LimitNamespace RECORDING = KNOWN.add("recording");

  /** {@code response.management} */
  public static final LimitNamespace RESPONSE_MANAGEMENT = KNOWN.add("response.management");

  /** {@code routing} */
  public static final LimitNamespace ROUTING = KNOWN.add("routing");

  /** {@code scim} */
  public static final LimitNamespace SCIM = KNOWN.add("scim");

  /** {@code search} */
  public static final LimitNamespace SEARCH = KNOWN.add("search");

  /** {@code secondary.automation.testing} */
  public static final LimitNamespace SECONDARY_AUTOMATION_TESTING = KNOWN.add("secondary.automation.testing");

  /** {@code skills} */
  public static final LimitNamespace SKILLS = KNOWN.add("skills");

  /** {@code speech.and.text.analytics} */
  public static final LimitNamespace SPEECH_AND_TEXT_ANALYTICS = KNOWN.add("speech.and.text.analytics");

  /** {@code speech.integration} */
  public static final LimitNamespace SPEECH_INTEGRATION = KNOWN.add("speech.integration");

  /** {@code supportability} */
  public static final LimitNamespace SUPPORTABILITY = KNOWN.add("supportability");

  /** {@code task.management} */
  public static final LimitNamespace TASK_MANAGEMENT = KNOWN.add("task.management");

  /** {@code telephony.configuration} */
  public static final LimitNamespace TELEPHONY_CONFIGURATION = KNOWN.add("telephony.configuration");

  /** {@code usage} */
  public static final LimitNamespace USAGE = KNOWN.add("usage");

  /** {@code users} */
  public static final LimitNamespace USERS = KNOWN.add("users");

  /** {@code web.deployments} */
  public static final LimitNamespace WEB_DEPLOYMENTS = KNOWN.add("web.deployments");

  /** {@code web.messaging} */
  public static final LimitNamespace WEB_MESSAGING = KNOWN.add("web.messaging");

  /** {@code webchat} */
  public static final LimitNamespace WEBCHAT = KNOWN.add("webchat");

  /** {@code webhooks} */
  public static final LimitNamespace WEBHOOKS = KNOWN.add("webhooks");

  /** {@code workforce.management} */
  public static final LimitNamespace WORKFORCE_MANAGEMENT = KNOWN.add("workforce.management");

  private LimitNamespace(String value, boolean known) {
    super(value, known);
  }

  /** The constant for a wire value; an unknown value is kept as it is. */
  @JsonCreator
  public static LimitNamespace of(String value) {
    return KNOWN.of(value);
  }

  /** Every value known to this version of journey-dsl, in API order. */
  public static List<LimitNamespace> knownValues() {
    return KNOWN.values();
  }
}
