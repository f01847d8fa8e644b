package org.virtualhall.approval.admin;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.virtualhall.model.catalog.Attendance;
import org.virtualhall.model.catalog.CaseType;
import org.virtualhall.model.catalog.WindowKind;

/** The choices of the back-office forms' select boxes (templates may not reach static classes). */
@ControllerAdvice(basePackageClasses = AdminChoices.class)
class AdminChoices {

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("windowKinds", WindowKind.values());
        model.addAttribute("caseTypes", CaseType.values());
    }
}
