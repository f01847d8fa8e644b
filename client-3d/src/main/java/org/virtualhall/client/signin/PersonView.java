package org.virtualhall.client.signin;

import com.simsilica.lemur.Container;
import com.simsilica.lemur.Label;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.ui.UiStyle;
import org.virtualhall.model.validation.IdCardNumber;
import org.virtualhall.model.validation.MobileNumber;

/**
 * The signed-in person as a shared screen shows them: the name, and the ID number and mobile masked — enough for
 * the citizen to recognise, not for someone behind them to note down.
 */
public final class PersonView {

    private PersonView() {
    }

    /** Three lines: "{role}：name", the masked ID number and the masked mobile. */
    public static void addTo(Container panel, String role, Credentials person) {
        panel.addChild(new Label(role + "：" + person.name(), UiStyle.STYLE));
        panel.addChild(new Label("身份证号码：" + idNumber(person.idNumber()), UiStyle.STYLE));
        panel.addChild(new Label("手机号码：" + mobile(person.mobile()), UiStyle.STYLE));
    }

    /** 138****0000. */
    public static String mobile(String mobile) {
        String m = mobile == null ? "" : MobileNumber.normalise(mobile);
        return m.length() == 11 ? m.substring(0, 3) + "****" + m.substring(7) : m;
    }

    /** 1101**********002X. */
    static String idNumber(String id) {
        return id != null && IdCardNumber.isValid(id) ? id.substring(0, 4) + "*".repeat(10) + id.substring(14) : "";
    }
}
