package org.virtualhall.model.panorama;

import java.util.List;

/**
 * A 点位: a spot in the hall where a 720° panorama was taken.
 *
 * @param floor    the floor's level
 * @param x        east, in metres on the floor plan
 * @param y        south, in metres on the floor plan
 * @param heading  the compass bearing the photo's centre column faces, in degrees (0 north, 90 east)
 * @param panorama where the outer hall API serves the photo; always derived from the id
 * @param hotspots what can be clicked in the photo
 */
public record Viewpoint(String id, int floor, double x, double y, double heading, String panorama,
                        List<Hotspot> hotspots) {

    /** The photo's place in a hall data folder, relative to the manifest. */
    public static final String FOLDER = "panoramas/";
    /** The photo's path on the outer hall API. */
    public static final String URL_PREFIX = "/api/panoramas/";

    public Viewpoint {
        hotspots = hotspots == null ? List.of() : List.copyOf(hotspots);
        panorama = id == null ? null : URL_PREFIX + id + ".jpg";
    }

    /** The photo's file in a hall data folder. */
    public String file() {
        return FOLDER + id + ".jpg";
    }
}
