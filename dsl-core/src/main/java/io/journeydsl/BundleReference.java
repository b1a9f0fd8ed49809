package io.journeydsl;

/**
 * One reference inside a {@link JourneyConfig}: where it stands, in wire names with bundle identity
 * ({@code actionMaps[Offer the sale].triggerWithSegments[0]}), and what it points to.
 *
 * @param path the wire path of the field holding the reference
 * @param ref the reference, by name or by id
 */
public record BundleReference(String path, Ref<?> ref) {}
