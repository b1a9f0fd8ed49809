package io.journeydsl.criteria;

import java.util.List;

/**
 * The 23 visit context keys a segment's {@code context} criteria may use. Their operators produce
 * {@link EntityTypeCriteria} on entity type {@code visit}:
 * {@code ContextKeys.DEVICE_CATEGORY.equal("mobile")}.
 */
public final class ContextKeys {
  private static final CriterionFactory<EntityTypeCriteria> CONTEXT = CriterionFactory.context();

  /** {@code device.category} */
  public static final TextKey<EntityTypeCriteria> DEVICE_CATEGORY = TextKey.of("device.category", CONTEXT);

  /** {@code device.type} */
  public static final TextKey<EntityTypeCriteria> DEVICE_TYPE = TextKey.of("device.type", CONTEXT);

  /** {@code device.osFamily} */
  public static final TextKey<EntityTypeCriteria> DEVICE_OS_FAMILY = TextKey.of("device.osFamily", CONTEXT);

  /** {@code browser.family} */
  public static final TextKey<EntityTypeCriteria> BROWSER_FAMILY = TextKey.of("browser.family", CONTEXT);

  /** {@code browser.lang} */
  public static final TextKey<EntityTypeCriteria> BROWSER_LANG = TextKey.of("browser.lang", CONTEXT);

  /** {@code browser.version}, also comparable by order. */
  public static final OrderedKey<EntityTypeCriteria> BROWSER_VERSION = OrderedKey.of("browser.version", CONTEXT);

  /** {@code mktCampaign.source} */
  public static final TextKey<EntityTypeCriteria> MKT_CAMPAIGN_SOURCE = TextKey.of("mktCampaign.source", CONTEXT);

  /** {@code mktCampaign.medium} */
  public static final TextKey<EntityTypeCriteria> MKT_CAMPAIGN_MEDIUM = TextKey.of("mktCampaign.medium", CONTEXT);

  /** {@code mktCampaign.name} */
  public static final TextKey<EntityTypeCriteria> MKT_CAMPAIGN_NAME = TextKey.of("mktCampaign.name", CONTEXT);

  /** {@code mktCampaign.term} */
  public static final TextKey<EntityTypeCriteria> MKT_CAMPAIGN_TERM = TextKey.of("mktCampaign.term", CONTEXT);

  /** {@code mktCampaign.content} */
  public static final TextKey<EntityTypeCriteria> MKT_CAMPAIGN_CONTENT = TextKey.of("mktCampaign.content", CONTEXT);

  /** {@code mktCampaign.clickId} */
  public static final TextKey<EntityTypeCriteria> MKT_CAMPAIGN_CLICK_ID = TextKey.of("mktCampaign.clickId", CONTEXT);

  /** {@code mktCampaign.network} */
  public static final TextKey<EntityTypeCriteria> MKT_CAMPAIGN_NETWORK = TextKey.of("mktCampaign.network", CONTEXT);

  /** {@code geolocation.countryName} */
  public static final TextKey<EntityTypeCriteria> GEOLOCATION_COUNTRY_NAME = TextKey.of("geolocation.countryName", CONTEXT);

  /** {@code geolocation.locality} */
  public static final TextKey<EntityTypeCriteria> GEOLOCATION_LOCALITY = TextKey.of("geolocation.locality", CONTEXT);

  /** {@code geolocation.region} */
  public static final TextKey<EntityTypeCriteria> GEOLOCATION_REGION = TextKey.of("geolocation.region", CONTEXT);

  /** {@code geolocation.postalCode} */
  public static final TextKey<EntityTypeCriteria> GEOLOCATION_POSTAL_CODE = TextKey.of("geolocation.postalCode", CONTEXT);

  /** {@code geolocation.country} */
  public static final TextKey<EntityTypeCriteria> GEOLOCATION_COUNTRY = TextKey.of("geolocation.country", CONTEXT);

  /** {@code ipOrganization} */
  public static final TextKey<EntityTypeCriteria> IP_ORGANIZATION = TextKey.of("ipOrganization", CONTEXT);

  /** {@code referrer.url} */
  public static final TextKey<EntityTypeCriteria> REFERRER_URL = TextKey.of("referrer.url", CONTEXT);

  /** {@code referrer.medium} */
  public static final TextKey<EntityTypeCriteria> REFERRER_MEDIUM = TextKey.of("referrer.medium", CONTEXT);

  /** {@code referrer.hostname} */
  public static final TextKey<EntityTypeCriteria> REFERRER_HOSTNAME = TextKey.of("referrer.hostname", CONTEXT);

  /** {@code authenticated}: whether the visitor is authenticated. */
  public static final BooleanKey<EntityTypeCriteria> AUTHENTICATED = new BooleanKey<>("authenticated", CONTEXT);

  private static final List<String> ALL = List.of("device.category", "device.type", "device.osFamily", "browser.family", "browser.lang", "browser.version", "mktCampaign.source", "mktCampaign.medium", "mktCampaign.name", "mktCampaign.term", "mktCampaign.content", "mktCampaign.clickId", "mktCampaign.network", "geolocation.countryName", "geolocation.locality", "geolocation.region", "geolocation.postalCode", "geolocation.country", "ipOrganization", "referrer.url", "referrer.medium", "referrer.hostname", "authenticated");

  private ContextKeys() {}

  /** The wire names of all context keys, in API order. */
  public static List<String> names() {
    return ALL;
  }
}
