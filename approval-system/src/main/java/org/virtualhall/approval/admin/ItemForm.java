package org.virtualhall.approval.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.Collectors;
import org.virtualhall.model.catalog.CaseType;
import org.virtualhall.model.catalog.Faq;
import org.virtualhall.model.catalog.Item;

/**
 * The item form with every published field. Materials and form fields are typed one per line,
 * their parts separated by |, as explained next to each box (see {@link ItemLines}). An unticked
 * checkbox sends nothing, so the flags are nullable and null means no.
 */
public record ItemForm(
        @NotBlank(message = "请填写事项编码") @Pattern(regexp = "[A-Z]{2,5}\\d{3}", message = "事项编码为部门代码加三位数字，如 GA003") String code,
        @NotBlank(message = "请填写统一编码") @Pattern(regexp = "\\d{12}", message = "统一编码为 12 位数字") String unifiedCode,
        @NotBlank(message = "请填写事项名称") @Size(max = 200, message = "不超过 200 字") String name,
        String aliases,
        @NotBlank(message = "请选择主办部门") String department,
        String assistingDepartments,
        @NotBlank(message = "请填写服务类别") String category,
        @NotNull(message = "请选择办件类型") CaseType caseType,
        @NotBlank(message = "请填写设立依据") String legalBasis,
        @NotBlank(message = "请填写申办条件") String conditions,
        @NotBlank(message = "请填写申报材料") String materials,
        @NotBlank(message = "请填写办事程序") String procedure,
        @NotNull(message = "请填写法定时限") @Min(value = 0, message = "不能为负") @Max(value = 365, message = "不超过 365") Integer statutoryDays,
        @NotNull(message = "请填写承诺时限") @Min(value = 0, message = "不能为负") @Max(value = 365, message = "不超过 365") Integer promisedDays,
        @NotBlank(message = "请填写收费标准") String fee,
        @NotBlank(message = "请填写收费依据") String feeBasis,
        @NotBlank(message = "请填写办理窗口") String windows,
        @NotBlank(message = "请填写窗口权限") String authority,
        @NotBlank(message = "请填写咨询电话") String phone,
        @NotBlank(message = "请填写责任人") String responsible,
        Boolean online,
        @NotNull(message = "请填写跑动次数") @Min(value = 0, message = "不能为负") @Max(value = 5, message = "不超过 5") Integer visits,
        Boolean multiFloor,
        String form) {

    static ItemForm of(Item i) {
        return new ItemForm(i.code(), i.unifiedCode(), i.name(), String.join("\n", i.aliases()), i.department(),
                String.join("、", i.assistingDepartments()),
                i.category(), i.caseType(), String.join("\n", i.legalBasis()), String.join("\n", i.conditions()),
                i.materials().stream().map(ItemLines::material).collect(Collectors.joining("\n")),
                String.join("、", i.procedure()), i.statutoryDays(), i.promisedDays(), i.fee(), i.feeBasis(),
                String.join("、", i.windows()), i.authority(), i.phone(), i.responsible(), i.online(), i.visits(),
                i.multiFloor(), i.form().stream().map(ItemLines::field).collect(Collectors.joining("\n")));
    }

    static ItemForm blank() {
        return new ItemForm("", "", "", "", "", "", "", CaseType.PROMISED, "", "", "", "申请、受理、审核、办结", 20, 5,
                "不收费", "不收费", "", "受理", "", "", true, 1, false, "");
    }

    /**
     * The item with the FAQ kept as published (the form does not edit it); throws {@link ItemLines.LineException}
     * naming the box and line that cannot be read. Aliases (俗称) are one per line.
     */
    Item toItem(List<Faq> faq) {
        return new Item(code, unifiedCode, name, Lines.of(aliases), department, Lines.ofList(assistingDepartments), category, caseType,
                Lines.of(legalBasis), Lines.of(conditions), ItemLines.materials(materials), Lines.ofList(procedure),
                statutoryDays, promisedDays, fee, feeBasis, Lines.ofList(windows), authority, phone, responsible,
                Boolean.TRUE.equals(online), visits, Boolean.TRUE.equals(multiFloor), faq, ItemLines.fields(form));
    }
}
