package org.virtualhall.approval.cases;

/** A material that came with the application (申报材料). The content is kept apart and read on demand. */
public record CaseMaterial(long id, String name, String contentType, long size, String sha256) {
}
