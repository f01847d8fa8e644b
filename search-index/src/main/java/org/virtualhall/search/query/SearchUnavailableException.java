package org.virtualhall.search.query;

/** Elasticsearch cannot answer now (down, or failing); the caller may try again later. */
public final class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
