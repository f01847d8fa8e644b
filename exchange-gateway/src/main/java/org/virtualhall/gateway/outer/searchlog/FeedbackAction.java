package org.virtualhall.gateway.outer.searchlog;

import java.util.Arrays;
import java.util.Optional;

/** What a citizen did with a search's answer: opened an item from it, or applied for one reached from it. */
enum FeedbackAction {
    OPENED,
    APPLIED;

    String wireName() {
        return name().toLowerCase();
    }

    static Optional<FeedbackAction> ofWireName(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName().equals(name)).findFirst();
    }
}
