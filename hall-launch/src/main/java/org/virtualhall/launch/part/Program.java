package org.virtualhall.launch.part;

import java.nio.file.Path;
import java.util.List;

/** Where a part's code comes from: a class path and the part's main class, or a runnable jar built from it. */
public sealed interface Program {

    List<String> javaArguments(String mainClass);

    static Program classPath(String classPath) {
        return new ClassPath(classPath);
    }

    static Program jar(Path jar) {
        return new Jar(jar);
    }

    record ClassPath(String classPath) implements Program {
        @Override
        public List<String> javaArguments(String mainClass) {
            return List.of("-cp", classPath, mainClass);
        }
    }

    record Jar(Path jar) implements Program {
        @Override
        public List<String> javaArguments(String mainClass) {
            return List.of("-jar", jar.toString());
        }
    }
}
