package org.virtualhall.model.hall;

/**
 * The hall's own facts, from {@code manifest.yaml}.
 *
 * @param regionCode the 6-digit administrative division code (行政区划代码)
 * @param hours      opening hours as shown to citizens
 */
public record HallInfo(String name, String region, String regionCode, String address,
                       String phone, String hours) {
}
