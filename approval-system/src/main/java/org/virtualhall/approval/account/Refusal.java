package org.virtualhall.approval.account;

/** Why a change of password was refused, and which field of the form is wrong. */
public record Refusal(String field, String message) {
}
