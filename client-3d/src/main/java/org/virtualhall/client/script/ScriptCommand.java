package org.virtualhall.client.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One line of a client script: a verb and its arguments, separated by spaces; {@code #} starts a comment.
 *
 * @param line the line number in the file, for error messages
 */
public record ScriptCommand(int line, String verb, List<String> args) {

    public static List<ScriptCommand> read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read script " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<ScriptCommand> parse(List<String> lines) {
        List<ScriptCommand> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            int hash = text.indexOf('#');
            text = (hash >= 0 ? text.substring(0, hash) : text).strip();
            if (!text.isEmpty()) {
                String[] words = text.split("\\s+");
                out.add(new ScriptCommand(i + 1, words[0], List.of(Arrays.copyOfRange(words, 1, words.length))));
            }
        }
        return out;
    }

    public String arg(int i) {
        if (i >= args.size()) {
            throw new IllegalArgumentException("script line " + line + ": '" + verb + "' needs argument " + (i + 1));
        }
        return args.get(i);
    }

    public double number(int i) {
        try {
            return Double.parseDouble(arg(i));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("script line " + line + ": '" + arg(i) + "' is not a number");
        }
    }

    /** The arguments from i on, joined with spaces (for text with spaces). */
    public String rest(int i) {
        if (i >= args.size()) {
            throw new IllegalArgumentException("script line " + line + ": '" + verb + "' needs text");
        }
        return String.join(" ", args.subList(i, args.size()));
    }
}
