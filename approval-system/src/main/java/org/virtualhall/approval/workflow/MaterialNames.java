package org.virtualhall.approval.workflow;

import java.util.Collection;
import java.util.Locale;

/**
 * Whether a file handed in answers one of the item's published materials: files carry a type extension
 * ("户口簿.pdf") and sometimes the published name's book-title marks, so both are ignored.
 */
final class MaterialNames {

    private MaterialNames() {
    }

    static boolean answers(String fileName, String material) {
        return bare(fileName).equals(bare(material));
    }

    static boolean anyAnswers(Collection<String> fileNames, String material) {
        return fileNames.stream().anyMatch(f -> answers(f, material));
    }

    private static String bare(String name) {
        String n = name.strip();
        int dot = n.lastIndexOf('.');
        if (dot > 0 && n.length() - dot <= 5 && n.substring(dot + 1).chars().allMatch(Character::isLetterOrDigit)) {
            n = n.substring(0, dot);
        }
        return n.replace("《", "").replace("》", "").strip().toLowerCase(Locale.ROOT);
    }
}
