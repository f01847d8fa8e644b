package org.virtualhall.model.hall;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.virtualhall.model.catalog.CaseType;
import org.virtualhall.model.catalog.FieldType;
import org.virtualhall.model.catalog.FormField;
import org.virtualhall.model.catalog.Item;
import org.virtualhall.model.catalog.Material;
import org.virtualhall.model.catalog.Window;

/** Checks that every item is fully published (八公开) and refers to windows and departments that exist. */
final class ItemChecks {

    private static final Pattern ITEM_CODE = Pattern.compile("[A-Z]{2,5}\\d{3}");
    private static final Pattern UNIFIED_CODE = Pattern.compile("\\d{12}");
    private static final Pattern FIELD_KEY = Pattern.compile("[a-z][a-zA-Z0-9]*");
    /** An alias is what a citizen says or types (老人钱, 房本丢了), not a description. */
    static final int MAX_ALIAS_LENGTH = 20;
    /** More would be a word list, not the names people use; search weighs each alias like the name. */
    static final int MAX_ALIASES = 30;

    private final Hall hall;
    private final List<String> files;
    private final Problems problems;

    /** @param files the data file of each item, in the order of {@code hall.items()} */
    ItemChecks(Hall hall, List<String> files, Problems problems) {
        this.hall = hall;
        this.files = files;
        this.problems = problems;
    }

    void run() {
        Set<String> codes = new HashSet<>();
        Set<String> unifiedCodes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < hall.items().size(); i++) {
            Item item = hall.items().get(i);
            String file = files.get(i);
            String entry = "item " + item.code() + " (" + item.name() + ")";
            if (item.code() == null || !ITEM_CODE.matcher(item.code()).matches()) {
                problems.add(file, entry, "the code must be the department code and three digits, like GA003");
            } else if (!codes.add(item.code())) {
                problems.add(file, entry, "the code appears twice");
            }
            if (item.unifiedCode() == null || !UNIFIED_CODE.matcher(item.unifiedCode()).matches()) {
                problems.add(file, entry, "unifiedCode must be 12 digits");
            } else if (!unifiedCodes.add(item.unifiedCode())) {
                problems.add(file, entry, "unifiedCode " + item.unifiedCode() + " appears twice");
            }
            if (item.name() != null && !names.add(item.department() + "/" + item.name())) {
                problems.add(file, entry, "the department publishes this name twice");
            }
            checkPublished(file, entry, item);
            checkReferences(file, entry, item);
            checkForm(file, entry, item.form());
            checkAliases(file, entry, item);
        }
    }

    private void checkPublished(String file, String entry, Item item) {
        problems.requireText(file, entry, "name", item.name());
        problems.requireText(file, entry, "category", item.category());
        problems.requireText(file, entry, "fee", item.fee());
        problems.requireText(file, entry, "authority", item.authority());
        problems.requireText(file, entry, "phone", item.phone());
        problems.requireText(file, entry, "responsible", item.responsible());
        requireSome(file, entry, "legalBasis", item.legalBasis());
        requireSome(file, entry, "conditions", item.conditions());
        requireSome(file, entry, "materials", item.materials());
        requireSome(file, entry, "procedure", item.procedure());
        if (item.caseType() == null || !item.caseType().publishable()) {
            problems.add(file, entry, "caseType must be ON_THE_SPOT, PROMISED, JOINT or FORWARDED");
        } else if (item.caseType() == CaseType.ON_THE_SPOT && item.promisedDays() != 0) {
            problems.add(file, entry, "an ON_THE_SPOT item (即办件) must promise 0 days");
        } else if (item.caseType() == CaseType.JOINT && item.assistingDepartments().isEmpty()) {
            problems.add(file, entry, "a JOINT item (联办件) needs assistingDepartments");
        }
        if (item.promisedDays() < 0 || item.promisedDays() > item.statutoryDays()) {
            problems.add(file, entry, "promisedDays must be between 0 and statutoryDays (" + item.statutoryDays() + ")");
        }
        if (item.visits() < 0 || item.visits() > 5) {
            problems.add(file, entry, "visits must be between 0 and 5");
        }
        for (Material m : item.materials()) {
            if (m.name() == null || m.name().isBlank() || m.role() == null || m.form() == null || m.copies() < 1) {
                problems.add(file, entry, "material '" + m.name() + "' needs name, role, form and at least 1 copy");
            }
        }
        if (item.materials().stream().noneMatch(Material::required)) {
            problems.add(file, entry, "at least one material must be required");
        }
    }

    private void checkReferences(String file, String entry, Item item) {
        if (hall.department(item.department()).isEmpty()) {
            problems.add(file, entry, "department " + item.department() + " does not exist");
        } else if (item.code() != null && !item.code().startsWith(item.department())) {
            problems.add(file, entry, "the code must start with the department code " + item.department());
        }
        for (String d : item.assistingDepartments()) {
            if (hall.department(d).isEmpty()) {
                problems.add(file, entry, "assisting department " + d + " does not exist");
            }
        }
        requireSome(file, entry, "windows", item.windows());
        Set<Integer> floors = new HashSet<>();
        boolean allFound = true;
        for (String number : item.windows()) {
            Optional<Window> window = hall.window(number);
            if (window.isEmpty()) {
                problems.add(file, entry, "window " + number + " does not exist");
                allFound = false;
            } else {
                floors.add(window.get().floor());
            }
        }
        boolean spansFloors = floors.size() > 1;
        if (allFound && spansFloors != item.multiFloor()) {
            problems.add(file, entry, "multiFloor is " + item.multiFloor() + " but the windows are on "
                    + floors.size() + " floor(s)");
        }
    }

    private void checkForm(String file, String entry, List<FormField> form) {
        requireSome(file, entry, "form", form);
        Set<String> keys = new HashSet<>();
        for (FormField f : form) {
            String field = "form field '" + f.key() + "'";
            if (f.key() == null || !FIELD_KEY.matcher(f.key()).matches()) {
                problems.add(file, entry, field + ": the key must be camelCase letters and digits");
            } else if (!keys.add(f.key())) {
                problems.add(file, entry, field + ": the key appears twice");
            }
            problems.requireText(file, entry, field + " label", f.label());
            problems.require(file, entry, field + " type", f.type());
            if (f.type() == FieldType.SELECT && f.options().size() < 2) {
                problems.add(file, entry, field + ": a SELECT needs at least two options");
            }
        }
    }

    private void checkAliases(String file, String entry, Item item) {
        if (item.aliases().size() > MAX_ALIASES) {
            problems.add(file, entry, "aliases: at most " + MAX_ALIASES + ", not " + item.aliases().size());
        }
        Set<String> seen = new HashSet<>();
        for (String alias : item.aliases()) {
            if (alias == null || alias.isBlank()) {
                problems.add(file, entry, "aliases: an alias is empty");
            } else if (!alias.equals(alias.strip())) {
                problems.add(file, entry, "aliases: '" + alias + "' starts or ends with a space");
            } else if (alias.length() > MAX_ALIAS_LENGTH) {
                problems.add(file, entry, "aliases: '" + alias + "' is longer than " + MAX_ALIAS_LENGTH + " characters");
            } else if (alias.equals(item.name())) {
                problems.add(file, entry, "aliases: '" + alias + "' is the item's name");
            } else if (!seen.add(alias)) {
                problems.add(file, entry, "aliases: '" + alias + "' appears twice");
            }
        }
    }

    private void requireSome(String file, String entry, String field, List<?> list) {
        if (list.isEmpty()) {
            problems.add(file, entry, field + " must not be empty");
        }
    }
}
