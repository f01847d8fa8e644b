package org.virtualhall.search.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The colloquial words of the synonym list that name an item, to index with it: the
 * search analyzer already maps 良民证 to 无犯罪记录证明 when it is typed in characters, but only words
 * in the index are found by their pinyin and initials (liangminzheng, lmz). A rule names an item when
 * one of its official words (either side of {@code a, b}; the right side of {@code a => b}) is part of
 * the item's name or one of its aliases; its other words are then the item's.
 */
final class ColloquialNames {

    private record Rule(List<String> words, List<String> targets) {
    }

    private final List<Rule> rules;

    ColloquialNames(List<String> synonymRules) {
        this.rules = synonymRules.stream().map(ColloquialNames::rule).toList();
    }

    List<SearchDocument> addTo(List<SearchDocument> documents) {
        return documents.stream()
                .map(doc -> doc.type().equals(DocumentType.ITEM.code()) ? doc.withColloquial(namesOf(doc)) : doc)
                .toList();
    }

    List<String> namesOf(SearchDocument item) {
        List<String> names = new ArrayList<>();
        for (Rule rule : rules) {
            boolean namesItem = rule.targets().stream()
                    .anyMatch(target -> item.name().contains(target) || item.aliases().contains(target));
            if (namesItem) {
                rule.words().stream()
                        .filter(word -> !item.name().contains(word) && !item.aliases().contains(word) && !names.contains(word))
                        .forEach(names::add);
            }
        }
        return names;
    }

    private static Rule rule(String line) {
        int arrow = line.indexOf("=>");
        if (arrow < 0) {
            List<String> words = words(line);
            return new Rule(words, words);
        }
        return new Rule(words(line.substring(0, arrow)), words(line.substring(arrow + 2)));
    }

    private static List<String> words(String side) {
        return Arrays.stream(side.split(",")).map(String::strip).filter(word -> !word.isEmpty()).toList();
    }
}
