package org.virtualhall.approval.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.virtualhall.model.catalog.Item;

/** An intake request that passed every check, resolved to the hall's item. */
record ValidIntake(IntakeRequest request, Item item, Map<String, String> form, List<Material> materials,
                   Instant submittedAt) {

    /** A material with its content decoded and its hash checked. */
    record Material(String name, String contentType, long size, String sha256, byte[] content) {
    }
}
