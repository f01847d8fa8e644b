package org.virtualhall.model.hall;

import java.util.List;

/**
 * {@code manifest.yaml}: the hall's facts and which files hold its data, relative to the manifest.
 *
 * @param viewpoints optional: the 点位 with their panoramas
 */
record HallManifest(String name, String region, String regionCode, String address, String phone,
                    String hours, String layout, String departments, String windows, String staff,
                    List<String> items, String viewpoints) {

    HallManifest {
        items = items == null ? List.of() : List.copyOf(items);
    }

    HallInfo info() {
        return new HallInfo(name, region, regionCode, address, phone, hours);
    }
}
