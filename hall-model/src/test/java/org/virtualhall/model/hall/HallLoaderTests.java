package org.virtualhall.model.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HallLoaderTests {

    @TempDir
    Path dir;

    private HallFolder folder;

    @BeforeEach
    void copyTheShippedHall() {
        folder = HallFolder.copyOfShippedHall(dir);
    }

    @Test
    void loadsACopyOfTheShippedHallWithTheTestItem() {
        Hall hall = folder.load();
        assertThat(hall.item("CL990")).hasValueSatisfying(i -> {
            assertThat(i.windows()).containsExactly("C06");
            assertThat(i.aliases()).containsExactly("轮椅补贴", "配助听器");
        });
        assertThat(hall.version()).hasSize(16);
    }

    @Test
    void theVersionChangesWhenTheDataChanges() {
        String before = folder.load().version();
        folder.editEntry("windows.yaml", "number", "A01", w -> w.put("sign", "公安局户籍窗口"));
        assertThat(folder.load().version()).isNotEqualTo(before);
    }

    @Nested
    class BrokenFiles {

        @Test
        void aWindowOfAnUnknownDepartment() {
            folder.editEntry("windows.yaml", "number", "A01", w -> w.put("department", "XX"));
            assertProblem("windows.yaml", "window A01", "department XX does not exist");
        }

        @Test
        void overlappingWindows() {
            folder.editEntry("windows.yaml", "number", "A02", w -> w.set("position",
                    w.objectNode().put("x", 2.0).put("y", 8.0)));
            assertProblem("windows.yaml", "window A01", "its counter overlaps window A02");
        }

        @Test
        void aWindowOutsideItsFloor() {
            folder.editEntry("windows.yaml", "number", "A01", w -> ((ObjectNode) w.get("position")).put("x", 200.0));
            assertProblem("windows.yaml", "window A01", "is outside floor 1");
        }

        @Test
        void aWindowOnAFloorThatDoesNotExist() {
            folder.editEntry("windows.yaml", "number", "A01", w -> w.put("floor", 3));
            assertProblem("windows.yaml", "window A01", "floor 3 does not exist");
        }

        @Test
        void anItemAtAWindowThatDoesNotExist() {
            folder.editEntry(HallFolder.TEST_ITEMS, "code", "CL990", i -> i.set("windows", i.arrayNode().add("Z99")));
            assertProblem(HallFolder.TEST_ITEMS, "item CL990 (测试事项：残疾人辅助器具适配补贴)", "window Z99 does not exist");
        }

        @Test
        void anItemWhoseWindowsSpanFloorsWithoutTheMark() {
            folder.editEntry(HallFolder.TEST_ITEMS, "code", "CL990",
                    i -> i.set("windows", i.arrayNode().add("C06").add("G06")));
            assertProblem(HallFolder.TEST_ITEMS, "item CL990", "multiFloor is false but the windows are on 2 floor(s)");
        }

        @Test
        void aMultiFloorMarkOnThreeWindowsOfOneFloor() {
            folder.editEntry(HallFolder.TEST_ITEMS, "code", "CL990", i -> {
                i.set("windows", i.arrayNode().add("C06").add("D02").add("D04"));
                i.put("multiFloor", true);
            });
            assertProblem(HallFolder.TEST_ITEMS, "item CL990", "multiFloor is true but the windows are on 1 floor(s)");
        }

        @Test
        void aPromiseLongerThanTheLaw() {
            folder.editEntry(HallFolder.TEST_ITEMS, "code", "CL990", i -> i.put("promisedDays", 30));
            assertProblem(HallFolder.TEST_ITEMS, "item CL990", "promisedDays must be between 0 and statutoryDays (20)");
        }

        @Test
        void aJointItemWithoutAssistingDepartments() {
            folder.editEntry(HallFolder.TEST_ITEMS, "code", "CL990", i -> i.put("caseType", "JOINT"));
            assertProblem(HallFolder.TEST_ITEMS, "item CL990", "a JOINT item (联办件) needs assistingDepartments");
        }

        @Test
        void anItemWithoutMaterials() {
            folder.editEntry(HallFolder.TEST_ITEMS, "code", "CL990", i -> i.set("materials", i.arrayNode()));
            assertProblem(HallFolder.TEST_ITEMS, "item CL990", "materials must not be empty");
        }

        @Test
        void anEmptyAlias() {
            aliases("轮椅补贴", " ");
            assertProblem(HallFolder.TEST_ITEMS, "item CL990", "aliases: an alias is empty");
        }

        @Test
        void anAliasTwiceInOneItem() {
            aliases("轮椅补贴", "助听器", "轮椅补贴");
            assertProblem(HallFolder.TEST_ITEMS, "item CL990", "aliases: '轮椅补贴' appears twice");
        }

        @Test
        void anAliasLongerThanTheLimit() {
            String sentence = "我家老人腿脚不好想申请一个轮椅不知道去哪里办才好";
            aliases(sentence);
            assertProblem(HallFolder.TEST_ITEMS, "item CL990", "aliases: '" + sentence + "' is longer than 20 characters");
        }

        @Test
        void anAliasThatIsTheNameOrPaddedOrTooManyAliases() {
            aliases("测试事项：残疾人辅助器具适配补贴", " 轮椅");
            assertProblem(HallFolder.TEST_ITEMS, "item CL990", "is the item's name");
            assertProblem(HallFolder.TEST_ITEMS, "item CL990", "aliases: ' 轮椅' starts or ends with a space");
            aliases(IntStream.range(0, 31).mapToObj(n -> "别名" + n).toArray(String[]::new));
            assertProblem(HallFolder.TEST_ITEMS, "item CL990", "aliases: at most 30, not 31");
        }

        private void aliases(String... aliases) {
            folder.editEntry(HallFolder.TEST_ITEMS, "code", "CL990", i -> {
                ArrayNode list = i.putArray("aliases");
                List.of(aliases).forEach(list::add);
            });
        }

        @Test
        void aMisspeltKeyIsAnErrorWithItsLine() {
            folder.write(HallFolder.TEST_ITEMS, TestItem.YAML.replace("  materials:", "  materails:"));
            assertProblem(HallFolder.TEST_ITEMS, "item CL990, line", "Unrecognized field \"materails\"");
        }

        @Test
        void aFileThatIsNotYaml() {
            folder.write(HallFolder.TEST_ITEMS, "- code: CL990\n  name: \"unterminated\n");
            assertProblem(HallFolder.TEST_ITEMS, "line", "not valid YAML");
        }

        @Test
        void aFileThatDoesNotExist() {
            folder.edit(HallLoader.MANIFEST, m -> ((ArrayNode) m.get("items")).add("items/missing.yaml"));
            assertProblem("items/missing.yaml", "file", "the file does not exist");
        }

        @Test
        void staffAtAnotherDepartmentsWindow() {
            folder.editEntry("staff.yaml", "badge", "QX0001", s -> s.put("window", "B01"));
            assertProblem("staff.yaml", "staff QX0001", "but window B01 belongs to RS");
        }

        @Test
        void aWindowWithoutItsAPost() {
            folder.edit("staff.yaml", list -> {
                for (var it = list.elements(); it.hasNext(); ) {
                    var s = it.next();
                    if (s.get("window").asText().equals("D05") && s.get("post").asText().equals("A")) {
                        it.remove();
                    }
                }
            });
            assertProblem("staff.yaml", "window D05", "no staff holds the A post of this window");
        }

        @Test
        void everyProblemIsReportedAtOnce() {
            folder.editEntry("windows.yaml", "number", "A01", w -> w.put("department", "XX"));
            folder.editEntry(HallFolder.TEST_ITEMS, "code", "CL990", i -> i.put("promisedDays", 30));
            assertThatThrownBy(folder::load)
                    .isInstanceOfSatisfying(HallDataException.class, e -> assertThat(e.problems())
                            .extracting(Problem::file)
                            .contains("windows.yaml", HallFolder.TEST_ITEMS))
                    .hasMessageContaining("windows.yaml: window A01")
                    .hasMessageContaining(HallFolder.TEST_ITEMS + ": item CL990");
        }

        private void assertProblem(String file, String entry, String message) {
            folder.assertProblem(file, entry, message);
        }
    }

    @Test
    void aDuplicateItemCodeIsNamed() {
        folder.write("items/twin.yaml", TestItem.YAML.replace("330106990000", "330106991000"));
        folder.edit(HallLoader.MANIFEST, m -> ((ArrayNode) m.get("items")).add("items/twin.yaml"));
        assertThatThrownBy(folder::load).hasMessageContaining("items/twin.yaml: item CL990")
                .hasMessageContaining("the code appears twice");
    }

    @Test
    void problemsListEveryFileInvolved() {
        HallDataException e = new HallDataException(List.of(new Problem("a.yaml", "entry 1", "wrong")));
        assertThat(e.getMessage()).isEqualTo("1 problem(s) in the hall data:\n  a.yaml: entry 1: wrong");
    }
}
