package org.virtualhall.client.voice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/** Mandarin speech from pinyin through espeak-ng ({@code -v cmn-latn-pinyin}), written to WAV files. */
public final class EspeakSynth {

    private static final Logger LOG = Logger.getLogger(EspeakSynth.class.getName());
    private static final String VOICE = "cmn-latn-pinyin";

    private final Path directory;
    private int count;

    public EspeakSynth(Path directory) {
        this.directory = directory;
    }

    /** Whether espeak-ng is installed and has the pinyin voice. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("espeak-ng", "--voices=cmn").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && out.contains(VOICE);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public Path directory() {
        return directory;
    }

    /** Deletes every prompt spoken so far (a kiosk's reset: nothing of the last visit stays on disk). */
    public synchronized void forget() {
        try (var files = Files.list(directory)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            LOG.warning("cannot delete the spoken prompts in " + directory + ": " + e.getMessage());
        }
    }

    /** Speaks the pinyin at {@code wordsPerMinute} into a new WAV file in the directory; empty when espeak-ng failed. */
    public synchronized Optional<Path> synthesize(String pinyin, int wordsPerMinute) {
        Path wav = directory.resolve("prompt-" + (++count) + ".wav");
        try {
            Files.createDirectories(directory);
            Process p = new ProcessBuilder(List.of("espeak-ng", "-v", VOICE, "-s", String.valueOf(wordsPerMinute), "-w", wav.toString(),
                    pinyin)).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(wav)) {
                LOG.warning("espeak-ng could not speak: " + pinyin);
                return Optional.empty();
            }
            return Optional.of(wav);
        } catch (IOException e) {
            LOG.warning("espeak-ng failed: " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
