package io.journeydsl.feign;

import java.net.URI;

/**
 * The Genesys Cloud regions, each with its API and login (OAuth) host. The login host is
 * {@code login.<domain>} where the API host is {@code api.<domain>}; for a proxy or a local fake,
 * give both URLs explicitly to the transport builder instead.
 */
public enum GenesysRegion {
  /** {@code api.mypurecloud.com} */
  US_EAST_1("mypurecloud.com"),
  /** {@code api.mypurecloud.ie} */
  EU_WEST_1("mypurecloud.ie"),
  /** {@code api.mypurecloud.com.au} */
  AP_SOUTHEAST_2("mypurecloud.com.au"),
  /** {@code api.mypurecloud.jp} */
  AP_NORTHEAST_1("mypurecloud.jp"),
  /** {@code api.mypurecloud.de} */
  EU_CENTRAL_1("mypurecloud.de"),
  /** {@code api.usw2.pure.cloud} */
  US_WEST_2("usw2.pure.cloud"),
  /** {@code api.cac1.pure.cloud} */
  CA_CENTRAL_1("cac1.pure.cloud"),
  /** {@code api.apne2.pure.cloud} */
  AP_NORTHEAST_2("apne2.pure.cloud"),
  /** {@code api.euw2.pure.cloud} */
  EU_WEST_2("euw2.pure.cloud"),
  /** {@code api.aps1.pure.cloud} */
  AP_SOUTH_1("aps1.pure.cloud"),
  /** {@code api.use2.us-gov-pure.cloud} (FedRAMP) */
  US_EAST_2("use2.us-gov-pure.cloud"),
  /** {@code api.sae1.pure.cloud} */
  SA_EAST_1("sae1.pure.cloud"),
  /** {@code api.mec1.pure.cloud} */
  ME_CENTRAL_1("mec1.pure.cloud"),
  /** {@code api.apne3.pure.cloud} */
  AP_NORTHEAST_3("apne3.pure.cloud"),
  /** {@code api.euc2.pure.cloud} */
  EU_CENTRAL_2("euc2.pure.cloud"),
  /** {@code api.mxc1.pure.cloud} */
  MX_CENTRAL_1("mxc1.pure.cloud"),
  /** {@code api.apse1.pure.cloud} */
  AP_SOUTHEAST_1("apse1.pure.cloud"),
  /** {@code api.edee1.eusc-pure.cloud} */
  EUSC_DE_EAST_1("edee1.eusc-pure.cloud");

  private final String domain;

  GenesysRegion(String domain) {
    this.domain = domain;
  }

  /** The region's domain, e.g. {@code mypurecloud.ie}. */
  public String domain() {
    return domain;
  }

  /** The API base URL, e.g. {@code https://api.mypurecloud.ie}. */
  public URI apiBaseUrl() {
    return URI.create("https://api." + domain);
  }

  /** The login (OAuth token) base URL, e.g. {@code https://login.mypurecloud.ie}. */
  public URI loginBaseUrl() {
    return URI.create("https://login." + domain);
  }

  /** The SDK-style name, e.g. {@code eu_west_1}. */
  public String sdkName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
