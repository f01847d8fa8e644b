package org.virtualhall.client.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.virtualhall.client.api.ApiTypes.Credentials;

class SignInFormTests {

    @Test
    void everyProblemNamesItsFieldAsTheGatewayDoes() {
        SignInForm form = new SignInForm();
        form.idNumber = "110105194912310021";
        form.mobile = "1380013800";
        form.code = "12a";

        assertThat(form.signInProblems()).containsOnlyKeys("name", "idNumber", "mobile", "code")
                .containsEntry("code", "验证码应为6位数字");
        assertThat(form.codeProblems()).containsOnlyKeys("mobile");
    }

    @Test
    void thePersonIsSentAsTheGatewayKeepsIt() {
        SignInForm form = new SignInForm();
        form.fill(new Credentials(" 张三 ", "11010519491231002x", "+86 138-0013-8000"));
        form.code = "123456";

        assertThat(form.signInProblems()).isEmpty();
        assertThat(form.person()).isEqualTo(new Credentials("张三", "11010519491231002X", "13800138000"));
        assertThat(form.request().code()).isEqualTo("123456");
    }

    @Test
    void aMobileIsShownMasked() {
        assertThat(PersonView.mobile("13800138000")).isEqualTo("138****8000");
        assertThat(PersonView.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
    }
}
