package org.virtualhall.model.layout;

/**
 * A piece of hall furniture on a floor.
 *
 * @param area   its footprint on the plan
 * @param facing where its front (or a sign's text) points
 * @param label  text shown on it; for a direction sign, the sign's text
 * @param solid  whether people walk around it (a desk) or over it (a floor marking)
 */
public record Fixture(String id, FixtureKind kind, Rect area, Facing facing, String label, boolean solid) {
}
