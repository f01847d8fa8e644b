package org.virtualhall.client.apply;

/** Something wrong with one field of an application, in the API's terms: the field's path and a reason. */
public record FieldProblem(String field, String reason) {
}
