package org.virtualhall.client.window;

import com.jme3.app.Application;
import com.simsilica.lemur.Button;
import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import java.time.LocalDate;
import java.util.List;
import org.virtualhall.client.api.ApiTypes.Appointment;
import org.virtualhall.client.api.ApiTypes.AppointmentRequest;
import org.virtualhall.client.api.ApiTypes.Slots;
import org.virtualhall.client.core.ApiCall;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.HallEvents.Say;
import org.virtualhall.client.core.HallEvents.VisitReset;
import org.virtualhall.client.script.ScriptState;
import org.virtualhall.client.script.ScriptStep;
import org.virtualhall.client.signin.SessionState;
import org.virtualhall.client.ui.PagedList;
import org.virtualhall.client.ui.PanelState;
import org.virtualhall.client.ui.UiStyle;
import org.virtualhall.model.calendar.WorkingDayCalendar;
import org.virtualhall.model.catalog.Item;

/**
 * 预约 at a window: the next working day's half-hour slots with the places left ({@code GET /api/appointments/slots}),
 * and booking one for the window's first item ({@code POST /api/appointments}), with the number spoken.
 */
public final class BookingState extends HallAppState {

    private static final double SCRIPT_WAIT_SECONDS = 60;
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.fromClasspath();

    private String window;
    private String date;
    private final ApiCall pending = new ApiCall(this::getApplication);
    private String failure;

    @Override
    protected void initialize(Application app) {
        on(VisitReset.class, e -> pending.forget());
        ScriptState script = getState(ScriptState.class);
        script.register("booking-panel", c -> {
            open(c.arg(0));
            return ScriptStep.within(SCRIPT_WAIT_SECONDS, "the slots", tpf -> pending.idle());
        });
        script.register("book-slot", c -> {
            if (!book(c.arg(0))) {
                throw new IllegalStateException(failure);
            }
            return ScriptStep.within(SCRIPT_WAIT_SECONDS, "the booking", tpf -> {
                if (failure != null) {
                    throw new IllegalStateException(failure);
                }
                return pending.idle();
            });
        });
    }

    /** Opens the booking panel of a window with the next working day's slots. */
    public void open(String number) {
        failure = null;
        window = number;
        LocalDate day = LocalDate.now().plusDays(1);
        while (!CALENDAR.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        date = day.toString();
        String token = getState(SessionState.class).token();
        if (context().api() == null || token == null) {
            fail(context().api() == null ? "离线模式无法预约" : "请先实名登录，再预约");
            return;
        }
        pending.start(() -> context().api().slots(number, date, token), this::show,
                error -> fail("查询预约时段未成功：" + getState(SessionState.class).rejected(token, error).getMessage()));
    }

    private void show(Slots slots) {
        Container panel = UiStyle.panel();
        panel.addChild(new Label("预约 · " + window + " 窗口 · " + date, UiStyle.TITLE, UiStyle.STYLE));
        List<Button> buttons = slots.slots().stream().map(s -> {
            Button b = new Button(s.slot() + "（余 " + s.left() + "）", UiStyle.STYLE);
            b.addClickCommands(x -> book(s.slot()));
            return b;
        }).toList();
        panel.addChild(new PagedList(buttons));
        panel.addChild(new Button("关闭 (Esc)", UiStyle.STYLE)).addClickCommands(b -> getState(PanelState.class).close());
        getState(PanelState.class).open("booking", panel);
        context().facts().put("booking.slots", slots.slots().stream().map(s -> s.slot() + " " + s.left()).toList());
        publish(new Say(date + "，" + window + "窗口可预约" + slots.slots().stream().filter(s -> s.left() > 0).count() + "个时段"));
    }

    /** Books the slot at the open window for its first item; false, with the reason spoken, when it cannot. */
    public boolean book(String slot) {
        failure = null;
        String token = getState(SessionState.class).token();
        List<Item> items = window == null ? List.of() : model().hall().itemsAt(window);
        if (items.isEmpty() || token == null || context().api() == null) {
            return fail(token == null ? "请先实名登录，再预约" : "请先在窗口选择预约");
        }
        AppointmentRequest request = new AppointmentRequest(items.get(0).code(), window, date, slot);
        pending.start(() -> context().api().book(request, token), this::booked,
                error -> fail("预约未成功：" + getState(SessionState.class).rejected(token, error).getMessage()));
        return true;
    }

    private void booked(Appointment a) {
        context().facts().put("appointment.number", a.number());
        getState(PanelState.class).close();
        publish(new Say("预约成功，号码" + a.number() + "，请于" + a.date() + " " + a.slot() + "到" + a.window() + "窗口办理"));
    }

    private boolean fail(String reason) {
        failure = reason;
        context().facts().put("booking.error", reason);
        publish(new Say(reason));
        return false;
    }
}
