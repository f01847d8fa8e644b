package org.virtualhall.approval.appointment;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtualhall.approval.audit.AuditLog;
import org.virtualhall.approval.catalog.Catalog;
import org.virtualhall.model.appointment.AppointmentPlan;
import org.virtualhall.model.catalog.Window;

/**
 * 大厅管理 → 预约名额 ({@code /admin/appointment-capacity}): the places per half-hour slot of each window; a window not
 * set takes the plan's default. A change is audited and published outward at once.
 */
@Controller
class CapacityAdminController {

    private static final int MAX = 200;

    private final CapacityRepository capacities;
    private final CapacityPublisher publisher;
    private final Catalog catalog;
    private final AuditLog audit;
    private final AppointmentPlan plan;
    private final Clock clock;

    CapacityAdminController(CapacityRepository capacities, CapacityPublisher publisher, Catalog catalog, AuditLog audit,
                            AppointmentPlan plan, Clock clock) {
        this.capacities = capacities;
        this.publisher = publisher;
        this.catalog = catalog;
        this.audit = audit;
        this.plan = plan;
        this.clock = clock;
    }

    @GetMapping("/admin/appointment-capacity")
    String list(Model model) {
        model.addAttribute("windows", catalog.current().windows());
        model.addAttribute("set", capacities.all());
        model.addAttribute("plan", plan);
        return "admin/appointment-capacity";
    }

    @PostMapping("/admin/appointment-capacity")
    String set(@RequestParam String window, @RequestParam(required = false) Integer capacity, RedirectAttributes redirect) {
        if (catalog.current().windows().stream().map(Window::number).noneMatch(window::equals)) {
            redirect.addFlashAttribute("problem", "没有这个窗口：" + window);
        } else if (capacity == null || capacity < 0 || capacity > MAX) {
            redirect.addFlashAttribute("problem", "名额须为 0 至 " + MAX);
        } else {
            capacities.set(window, capacity, clock.instant(), audit);
            publisher.publish();
            redirect.addFlashAttribute("done", window + " 窗口每个时段 " + capacity + " 个名额，已发布");
        }
        return "redirect:/admin/appointment-capacity";
    }

}
