package org.virtualhall.approval.security;

/** A password just issued to an account, shown once to the administrator who hands it over. */
public record OneTimePassword(String username, String password) {
}
