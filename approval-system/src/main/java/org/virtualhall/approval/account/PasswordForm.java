package org.virtualhall.approval.account;

/** The change-of-password form: the password now, the new one, and the new one again. */
public record PasswordForm(String current, String password, String confirm) {

    public PasswordForm {
        current = current == null ? "" : current;
        password = password == null ? "" : password;
        confirm = confirm == null ? "" : confirm;
    }

    static PasswordForm blank() {
        return new PasswordForm("", "", "");
    }
}
