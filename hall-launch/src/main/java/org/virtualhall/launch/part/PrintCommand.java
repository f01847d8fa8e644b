package org.virtualhall.launch.part;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of a part for ./hall, one argument a line, so that the launcher starts each part exactly as the
 * tests do:
 * <pre>
 *   command PART (--class-path CP | --jar JAR) [--port N] [--sizing service|test] [-- ARGS...]
 *   health PART --port N
 *   jvm-options PART [--sizing service|test]
 * </pre>
 */
public final class PrintCommand {

    private PrintCommand() {
    }

    public static void main(String[] args) {
        try {
            lines(List.of(args)).forEach(System.out::println);
        } catch (IllegalArgumentException e) {
            usage(System.err, e.getMessage());
            System.exit(2);
        }
    }

    static List<String> lines(List<String> args) {
        if (args.size() < 2) {
            throw new IllegalArgumentException("a verb and a part, please");
        }
        Part part = Part.named(args.get(1));
        Options options = Options.parse(args.subList(2, args.size()));
        return switch (args.get(0)) {
            case "command" -> part.command(options.program(), options.sizing, options.port, options.extra);
            case "health" -> List.of(part.health(options.port)
                    .orElseThrow(() -> new IllegalArgumentException(part.partName() + " has no health URL")).toString());
            case "jvm-options" -> part.jvmOptions(options.sizing);
            default -> throw new IllegalArgumentException("unknown verb " + args.get(0));
        };
    }

    private static void usage(PrintStream out, String problem) {
        out.println(problem);
        out.println("usage: command PART (--class-path CP | --jar JAR) [--port N] [--sizing service|test] [-- ARGS...]");
        out.println("       health PART --port N");
        out.println("       jvm-options PART [--sizing service|test]");
        out.println("parts: " + String.join(" ", Part.names()));
    }

    private static final class Options {
        private String classPath;
        private Path jar;
        private int port;
        private Sizing sizing = Sizing.SERVICE;
        private final List<String> extra = new ArrayList<>();

        static Options parse(List<String> args) {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--")) {
                    o.extra.addAll(args.subList(i + 1, args.size()));
                    break;
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String value = args.get(++i);
                switch (a) {
                    case "--class-path" -> o.classPath = value;
                    case "--jar" -> o.jar = Path.of(value);
                    case "--port" -> o.port = port(value);
                    case "--sizing" -> o.sizing = sizing(value);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            return o;
        }

        Program program() {
            if ((classPath == null) == (jar == null)) {
                throw new IllegalArgumentException("exactly one of --class-path and --jar");
            }
            return jar != null ? Program.jar(jar) : Program.classPath(classPath);
        }

        private static int port(String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port wants a number, not " + value);
            }
        }

        private static Sizing sizing(String value) {
            return Arrays.stream(Sizing.values()).filter(s -> s.name().equalsIgnoreCase(value)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--sizing is service or test, not " + value));
        }
    }
}
