package org.virtualhall.gateway.outer.intake;

/** The 202 answer to a submission (docs/api.md). */
public record Accepted(String receipt, String status) {
}
