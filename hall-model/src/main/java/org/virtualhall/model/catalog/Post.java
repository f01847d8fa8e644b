package org.virtualhall.model.catalog;

/** AB岗: A holds the post, B covers when A is away. */
public enum Post {
    A, B
}
