package org.virtualhall.client.signin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.api.ApiTypes.SignInRequest;
import org.virtualhall.model.validation.IdCardNumber;
import org.virtualhall.model.validation.MobileNumber;

/**
 * What the citizen typed into the sign-in panel, and the checks made before anything is sent (the gateway's own
 * rules for ID number and mobile), each naming its field as the gateway does: name, idNumber, mobile, code.
 */
final class SignInForm {

    private static final Pattern CODE = Pattern.compile("\\d{6}");

    String name = "";
    String idNumber = "";
    String mobile = "";
    String code = "";

    /** The person as the gateway keeps them: name trimmed, ID number upper-case, the mobile's bare 11 digits. */
    Credentials person() {
        return new Credentials(name.strip(), idNumber.strip().toUpperCase(), MobileNumber.normalise(mobile.strip()));
    }

    void fill(Credentials person) {
        name = person.name();
        idNumber = person.idNumber();
        mobile = person.mobile();
        code = "";
    }

    /** Empties every field (a kiosk's next citizen). */
    void clear() {
        name = "";
        idNumber = "";
        mobile = "";
        code = "";
    }

    SignInRequest request() {
        Credentials p = person();
        return new SignInRequest(p.name(), p.idNumber(), p.mobile(), code.strip());
    }

    /** What stops asking for a code: the mobile only. */
    Map<String, String> codeProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        MobileNumber.problem(mobile).ifPresent(p -> problems.put("mobile", p));
        return problems;
    }

    /** What stops signing in, by field, in the panel's order. */
    Map<String, String> signInProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.isBlank()) {
            problems.put("name", "请填写姓名");
        }
        IdCardNumber.problem(idNumber).ifPresent(p -> problems.put("idNumber", p));
        problems.putAll(codeProblems());
        if (!CODE.matcher(code.strip()).matches()) {
            problems.put("code", code.isBlank() ? "请输入短信验证码" : "验证码应为6位数字");
        }
        return problems;
    }
}
