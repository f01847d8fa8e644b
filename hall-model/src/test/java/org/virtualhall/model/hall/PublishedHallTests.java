package org.virtualhall.model.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.virtualhall.model.json.HallJson;

class PublishedHallTests {

    private final Hall hall = HallLoader.fromClasspath();

    @Test
    void survivesTheWireAndKeepsItsShape() throws Exception {
        String json = HallJson.wire().writeValueAsString(PublishedHall.of(hall));
        JsonNode tree = HallJson.wire().readTree(json);
        assertThat(tree.get("version").asText()).isEqualTo(hall.version());
        assertThat(tree.at("/hall/floors/0/zones/0/id").asText()).isEqualTo("A");
        assertThat(tree.at("/hall/windows/0/position/x").isNumber()).isTrue();
        assertThat(tree.at("/items/0/windows/0").asText()).isNotBlank();
        assertThat(tree.at("/items/0/caseType").asText()).isIn("ON_THE_SPOT", "PROMISED", "JOINT", "FORWARDED");

        Hall back = HallJson.wire().readValue(json, PublishedHall.class).toHall();
        assertThat(back).isEqualTo(hall);
    }

    @Test
    void aBrokenPublicationIsRefusedWithTheProblem() throws Exception {
        ObjectNode tree = HallJson.wire().valueToTree(PublishedHall.of(hall));
        ((ObjectNode) tree.at("/windows/0")).put("department", "XX");
        PublishedHall broken = HallJson.wire().treeToValue(tree, PublishedHall.class);
        assertThatThrownBy(broken::toHall).hasMessageContaining("windows: window A01: department XX does not exist");
    }

    @Test
    void unknownFieldsFromANewerPublisherAreIgnored() throws Exception {
        ObjectNode tree = HallJson.wire().valueToTree(PublishedHall.of(hall));
        tree.put("addedLater", true);
        assertThat(HallJson.wire().treeToValue(tree, PublishedHall.class).version()).isEqualTo(hall.version());
    }
}
