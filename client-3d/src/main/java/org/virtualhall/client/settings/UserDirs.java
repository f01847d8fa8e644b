package org.virtualhall.client.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the client keeps the user's settings and its cache, as each system expects: XDG on Linux
 * ({@code XDG_CONFIG_HOME} or {@code ~/.config}, {@code XDG_CACHE_HOME} or {@code ~/.cache}), {@code %APPDATA%} and
 * {@code %LOCALAPPDATA%} on Windows, {@code ~/Library/Application Support} and {@code ~/Library/Caches} on macOS.
 */
public record UserDirs(Path config, Path cache) {

    static final String APP = "virtual-hall";

    public static UserDirs current() {
        return of(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public static UserDirs of(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = envPath(env, "APPDATA", home.resolve("AppData").resolve("Roaming"));
            Path local = envPath(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            return new UserDirs(roaming.resolve(APP), local.resolve(APP).resolve("cache"));
        }
        if (os.startsWith("mac")) {
            Path library = home.resolve("Library");
            return new UserDirs(library.resolve("Application Support").resolve(APP), library.resolve("Caches").resolve(APP));
        }
        return new UserDirs(envPath(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(APP),
                envPath(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve(APP));
    }

    /** The variable's folder when it names an absolute one (the XDG rule: a relative one is ignored). */
    private static Path envPath(Map<String, String> env, String name, Path otherwise) {
        String value = env.get(name);
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : otherwise;
    }

    /** The user's saved settings ({@code server=URL}). */
    public Path settingsFile() {
        return config.resolve("settings.properties");
    }
}
