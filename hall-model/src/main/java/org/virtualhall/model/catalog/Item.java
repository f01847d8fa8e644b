package org.virtualhall.model.catalog;

import java.util.List;

/**
 * A service item (事项) with everything the hall publishes about it (八公开 and more).
 *
 * @param code                  the hall's item code, used by the API and in submissions (GA003)
 * @param unifiedCode           统一编码: the same item has the same code everywhere
 * @param aliases               俗称/别名: the everyday names and life situations citizens say instead of the
 *                              official name (低保, 老人钱, 开饭店); search finds the item by them
 * @param department            code of the lead department
 * @param assistingDepartments  for 联办件, the departments that sign off in parallel
 * @param category              the service category (e.g. 户籍证件) used for zoning and browsing
 * @param statutoryDays         法定时限 in working days
 * @param promisedDays          承诺时限 in working days; 0 means done on the spot
 * @param fee                   收费标准, e.g. 不收费 or 工本费20元/证
 * @param windows               the windows a citizen visits, in visiting order (窗口权限 says what each does)
 * @param authority             窗口权限: what the window may decide (受理, 受理并审批, 受理并送达 ...)
 * @param responsible           责任人
 * @param online                是否网办
 * @param visits                跑动次数: how many times a citizen must come in (0 = never)
 * @param multiFloor            the windows are on more than one floor; the loader checks this mark
 * @param form                  the fields a citizen fills when applying
 */
public record Item(String code, String unifiedCode, String name, List<String> aliases, String department,
                   List<String> assistingDepartments, String category, CaseType caseType,
                   List<String> legalBasis, List<String> conditions, List<Material> materials,
                   List<String> procedure, int statutoryDays, int promisedDays, String fee,
                   String feeBasis, List<String> windows, String authority, String phone,
                   String responsible, boolean online, int visits, boolean multiFloor,
                   List<Faq> faq, List<FormField> form) {

    public Item {
        aliases = copy(aliases);
        assistingDepartments = copy(assistingDepartments);
        legalBasis = copy(legalBasis);
        conditions = copy(conditions);
        materials = copy(materials);
        procedure = copy(procedure);
        windows = copy(windows);
        faq = copy(faq);
        form = copy(form);
    }

    /** Materials that every applicant must bring; the rest depend on the applicant's situation. */
    public List<Material> requiredMaterials() {
        return materials.stream().filter(Material::required).toList();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
