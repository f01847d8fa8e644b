package org.virtualhall.client.core;

import java.util.Map;
import java.util.TreeMap;

/**
 * Facts states record about a run (captions shown, prompts played, receipts, frame times) for the report
 * a scripted run writes; tests and the demo read it.
 */
public final class RunFacts {

    private final Map<String, Object> facts = new TreeMap<>();

    public synchronized void put(String key, Object value) {
        facts.put(key, value);
    }

    public synchronized void increment(String key) {
        facts.merge(key, 1, (a, b) -> ((Integer) a) + 1);
    }

    /** The fact as text ("null" when there is none). */
    public synchronized String text(String key) {
        return String.valueOf(facts.get(key));
    }

    public synchronized Map<String, Object> snapshot() {
        return new TreeMap<>(facts);
    }
}
