package org.virtualhall.gateway.outer.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** The sensitive-word list kept as data in assets ({@code gateway/sensitive-words.txt}). */
@Component
@Profile("outer")
public class SensitiveWords {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private final List<String> words;

    @Autowired
    SensitiveWords(@Value("${hall.gateway.outer.sensitive-words:classpath:gateway/sensitive-words.txt}") Resource list) {
        this.words = read(list);
    }

    public static SensitiveWords of(List<String> words) {
        return new SensitiveWords(words);
    }

    private SensitiveWords(List<String> words) {
        this.words = List.copyOf(words);
    }

    /** The first listed word the text contains, ignoring spaces put in to dodge the list. */
    public Optional<String> find(String text) {
        String squeezed = SPACES.matcher(text).replaceAll("");
        return words.stream().filter(squeezed::contains).findFirst();
    }

    public int size() {
        return words.size();
    }

    private static List<String> read(Resource list) {
        try (InputStream in = list.getInputStream();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sensitive-word list " + list, e);
        }
    }
}
