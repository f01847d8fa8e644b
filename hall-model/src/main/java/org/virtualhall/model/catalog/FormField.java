package org.virtualhall.model.catalog;

import java.util.List;

/**
 * A field a citizen fills when applying for an item.
 *
 * @param key       stable key used in submissions ({@code form.<key>})
 * @param options   the choices of a {@link FieldType#SELECT}, empty otherwise
 * @param maxLength upper bound on the text length; 0 means the type's default
 */
public record FormField(String key, String label, FieldType type, boolean required,
                        List<String> options, int maxLength) {

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
