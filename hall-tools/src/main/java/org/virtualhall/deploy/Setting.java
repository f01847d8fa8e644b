package org.virtualhall.deploy;

/**
 * One setting a server role reads, as a configuration template lists it.
 *
 * @param name         the property, e.g. {@code hall.gateway.outer.auth.sms.resend-interval}
 * @param description  what it does (from the setting's Javadoc through Spring Boot's configuration metadata)
 * @param defaultValue the value it takes on this role when not set, or empty when it has none
 * @param group        the settings class or file it belongs to, for the template's headings
 */
record Setting(String name, String description, String defaultValue, String group) {
}
