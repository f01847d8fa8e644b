package org.virtualhall.model.panorama;

import java.util.List;
import java.util.regex.Pattern;

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

    /** An id is part of a file name and a URL: lower-case letters, digits and '-'. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public Viewpoint {
        hotspots = hotspots == null ? List.of() : List.copyOf(hotspots);
        panorama = id == null ? null : URL_PREFIX + id + ".jpg";
    }

    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The photo's file in a hall data folder. */
    public String file() {
        return FOLDER + id + ".jpg";
    }
}
