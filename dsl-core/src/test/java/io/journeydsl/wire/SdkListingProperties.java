package io.journeydsl.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.model.Listing;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one generic {@link Listing} against the SDK's five listing classes: each SDK page, entities
 * and envelope fully populated, reads as the catalogue's {@code Listing<entity>} with nothing left
 * to the unknown-field catch-all, and writes back to the SDK's tree.
 */
class SdkListingProperties {
  private static final Map<ApiCollection, String> SDK_LISTINGS = Map.of(
      ApiCollection.SEGMENTS, "SegmentListing", ApiCollection.OUTCOMES, "OutcomeListing",
      ApiCollection.ACTION_MAPS, "ActionMapListing", ApiCollection.ACTION_TEMPLATES, "ActionTemplateListing",
      ApiCollection.ACTION_TARGETS, "ActionTargetListing");

  @Property(tries = 60)
  void everySdkListingReadsAsTheGenericListingAndWritesBack(@ForAll("sdkPages") Map.Entry<ApiCollection, Object> page)
      throws Exception {
    String theirs = SdkJson.MAPPER.writeValueAsString(page.getValue());

    Listing<?> ours = JourneyJson.mapper().readValue(theirs,
        JourneyJson.mapper().constructType(page.getKey().listingType()));
    assertThat(ours.unknownFields()).as("envelope of %s", theirs).isEmpty();
    for (Object entity : ours.entitiesOrEmpty()) {
      assertThat(entity).isInstanceOf(page.getKey().entityType());
      assertThat(ModelWalker.notModelled(entity)).as("entity of %s", theirs).isEmpty();
    }
    String back = JourneyJson.mapper().writeValueAsString(ours);
    assertThat(SdkJson.tree(back)).isEqualTo(SdkJson.tree(theirs));
  }

  @Provide
  Arbitrary<Map.Entry<ApiCollection, Object>> sdkPages() {
    return net.jqwik.api.Arbitraries.of(ApiCollection.values()).flatMap(collection -> {
      try {
        Class<?> sdk = Class.forName("com.mypurecloud.sdk.v2.model." + SDK_LISTINGS.get(collection));
        return SdkArbitraries.of(sdk).map(value -> Map.entry(collection, value));
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    });
  }
}
