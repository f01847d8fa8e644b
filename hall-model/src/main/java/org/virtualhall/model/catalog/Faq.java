package org.virtualhall.model.catalog;

/** A frequently asked question about an item, with its answer. */
public record Faq(String question, String answer) {
}
