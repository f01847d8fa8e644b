package org.virtualhall.client.script;

import com.jme3.app.Application;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.logging.Logger;
import org.virtualhall.client.core.HallAppState;
import org.virtualhall.client.core.Player;
import org.virtualhall.client.walk.WalkState;
import org.virtualhall.model.json.HallJson;
import org.virtualhall.model.layout.Point;

/**
 * Runs {@code --script FILE}: one command after another, each finishing before the next starts. Other
 * states add their own verbs (search, open, apply …) with {@link #register}. With {@code --headless} the
 * client writes its report and exits when the script ends; a failing command ends the run with exit code 1.
 */
public final class ScriptState extends HallAppState {

    private static final Logger LOG = Logger.getLogger(ScriptState.class.getName());

    private final Map<String, Function<ScriptCommand, ScriptStep>> verbs = new HashMap<>();
    private final Deque<ScriptCommand> queue = new ArrayDeque<>();
    private ScriptCommand current;
    private ScriptStep step;
    private int screenshotCount;
    private boolean failed;
    private long fpsFrames;
    private double fpsTime;
    private boolean measuring;
    private RenderLoad renderLoad;
    private boolean stopping;

    @Override
    protected void initialize(Application app) {
        renderLoad = new RenderLoad(app.getRenderer().getStatistics());
        register("wait", c -> waitFor(c.number(0)));
        register("frames", c -> frames((int) c.number(0)));
        register("at", c -> ScriptStep.now(() -> model().movePlayer(new Player((int) c.number(0),
                new Point(c.number(1), c.number(2)), Math.toRadians(c.args().size() > 3 ? c.number(3) : 0)))));
        register("look", c -> ScriptStep.now(() -> {
            model().movePlayer(model().player().turnedTo(Math.toRadians(c.number(0))));
            getState(WalkState.class).setPitch((float) Math.toRadians(c.args().size() > 1 ? c.number(1) : -5));
        }));
        register("forward", c -> walk(c.number(0)));
        register("floor", c -> ScriptStep.now(() -> expect(getState(WalkState.class).changeFloor((int) c.number(0)),
                "no stairs or lift within reach")));
        register("screenshot", c -> screenshot(c.arg(0)));
        // The keyboard: press KEY|CHORD (ESCAPE, TAB, SHIFT+TAB, CTRL+ALT+SHIFT+Q), type TEXT (as an input method types it).
        register("press", c -> afterInput(() -> WindowInput.press(getApplication(), c.arg(0))));
        register("type", c -> afterInput(() -> WindowInput.type(getApplication(), c.rest(0))));
        register("resize", c -> {
            String[] size = c.arg(0).split("x");
            int w = Integer.parseInt(size[0]);
            int h = Integer.parseInt(size[1]);
            WindowInput.resize(getApplication(), w, h);
            return ScriptStep.within(30, "the window at " + c.arg(0), tpf -> getApplication().getCamera().getWidth() == w
                    && getApplication().getCamera().getHeight() == h);
        });
        register("fps-start", c -> ScriptStep.now(() -> {
            measuring = true;
            fpsFrames = 0;
            fpsTime = 0;
            renderLoad.start();
        }));
        register("fps-stop", c -> ScriptStep.now(() -> {
            measuring = false;
            context().facts().put("fps", fpsTime == 0 ? 0 : fpsFrames / fpsTime);
            renderLoad.stop().forEach((name, value) -> context().facts().put(name, value));
        }));
        register("quit", c -> ScriptStep.now(queue::clear));
        // Until a fact of the report has a value (e.g. session signed-in), for what happens without the script.
        register("wait-fact", c -> ScriptStep.within(c.args().size() > 2 ? c.number(2) : 30, c.arg(0) + " = " + c.arg(1),
                tpf -> c.arg(1).equals(context().facts().text(c.arg(0)))));
        // The report so far, for a test that acts between two steps of the script (e.g. as the window clerk).
        register("checkpoint", c -> ScriptStep.now(() -> writeReport(c.arg(0))));
        // A checkpoint where the script stops until the test has looked (it creates <report>.<checkpoint>.resume).
        register("hold", c -> {
            writeReport(c.arg(0));
            Path resume = resumeFile(context().options().report(), c.arg(0));
            return ScriptStep.within(c.args().size() > 1 ? c.number(1) : 300, "the test to resume after " + c.arg(0),
                    tpf -> resume == null || Files.exists(resume));
        });
        if (context().options().script() != null) {
            queue.addAll(ScriptCommand.read(context().options().script()));
        }
    }

    /** Gives the input, then a frame: the input manager hands it to the listeners in the next one. */
    private static ScriptStep afterInput(Runnable input) {
        input.run();
        int[] frames = {0};
        return tpf -> ++frames[0] > 1;
    }

    public void register(String verb, Function<ScriptCommand, ScriptStep> factory) {
        verbs.put(verb, factory);
    }

    public boolean idle() {
        return step == null && queue.isEmpty();
    }

    private ScriptStep waitFor(double seconds) {
        double[] left = {seconds};
        return tpf -> (left[0] -= tpf) <= 0;
    }

    private ScriptStep frames(int count) {
        int[] left = {count};
        return tpf -> --left[0] <= 0;
    }

    /** Walks straight ahead a number of metres at walking pace (collisions apply). */
    private ScriptStep walk(double metres) {
        double[] left = {metres};
        return tpf -> {
            double d = Math.min(left[0], 2.2 * tpf);
            getState(WalkState.class).step(d, 0);
            left[0] -= d;
            return left[0] <= 1e-6;
        };
    }

    private ScriptStep screenshot(String name) {
        Path dir = context().options().screenshots() != null ? context().options().screenshots() : Path.of("target/screenshots");
        Path file = dir.resolve(String.format("%02d-%s.png", ++screenshotCount, name));
        CompletableFuture<Path>[] saved = new CompletableFuture[1];
        return tpf -> {
            if (saved[0] == null) {
                saved[0] = getState(FrameGrabber.class).grab(file);
                return false;
            }
            if (saved[0].isDone()) {
                LOG.info(() -> "screenshot " + file);
                context().facts().put("screenshot." + name, file.toString());
                return true;
            }
            return false;
        };
    }

    private static void expect(boolean ok, String why) {
        if (!ok) {
            throw new IllegalStateException(why);
        }
    }

    @Override
    public void update(float tpf) {
        if (measuring) {
            fpsFrames++;
            fpsTime += tpf;
            renderLoad.frameDrawn();
        }
        try {
            while (true) {
                if (step == null) {
                    if (queue.isEmpty()) {
                        break;
                    }
                    current = queue.poll();
                    Function<ScriptCommand, ScriptStep> factory = verbs.get(current.verb());
                    if (factory == null) {
                        throw new IllegalArgumentException("unknown command '" + current.verb() + "'");
                    }
                    step = factory.apply(current);
                }
                if (!step.advance(tpf)) {
                    return;
                }
                step = null;
            }
        } catch (RuntimeException e) {
            failed = true;
            LOG.severe("script line " + current.line() + " (" + current.verb() + " " + String.join(" ", current.args())
                    + ") failed: " + e.getMessage());
            queue.clear();
            step = null;
        }
        if (context().options().script() != null && context().options().headless() && !stopping) {
            stopping = true;
            context().facts().put("scriptFailed", failed);
            writeReport("end");
            getApplication().stop();
        }
    }

    /**
     * Writes the report whole under its name, so a reader never sees half a file; a checkpoint's report is also
     * kept as {@code <report>.<checkpoint>.json}, since the script may pass the next one before a reader looks.
     */
    private void writeReport(String checkpoint) {
        Path file = context().options().report();
        if (file == null) {
            return;
        }
        Map<String, Object> report = report(checkpoint);
        if (!"end".equals(checkpoint)) {
            write(report, checkpointFile(file, checkpoint));
        }
        write(report, file);
    }

    /** Where the report at a checkpoint is kept besides the latest one. */
    public static Path checkpointFile(Path report, String checkpoint) {
        return report.resolveSibling(report.getFileName() + "." + checkpoint + ".json");
    }

    /** The file a test creates to let a script on {@code hold} at this checkpoint go on. */
    public static Path resumeFile(Path report, String checkpoint) {
        return report == null ? null : report.resolveSibling(report.getFileName() + "." + checkpoint + ".resume");
    }

    private Map<String, Object> report(String checkpoint) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("checkpoint", checkpoint);
        report.put("hallSource", model().source());
        report.put("offlineBanner", model().offlineBanner());
        report.put("javaHome", System.getProperty("java.home"));
        report.put("hallVersion", model().hall().version());
        Player p = model().player();
        report.put("floor", p.floor());
        report.put("x", p.position().x());
        report.put("y", p.position().y());
        report.put("heading", Math.toDegrees(p.heading()));
        Runtime rt = Runtime.getRuntime();
        System.gc();
        report.put("heapUsedMb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        report.put("size", getApplication().getCamera().getWidth() + "x" + getApplication().getCamera().getHeight());
        report.put("renderer", getApplication().getRenderer().getClass().getSimpleName());
        report.put("facts", context().facts().snapshot());
        return report;
    }

    private static void write(Map<String, Object> report, Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            HallJson.wire().writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), report);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.severe("cannot write the report " + file + ": " + e.getMessage());
        }
    }

    /** Whether a command failed; the launcher exits with 1 then. */
    public boolean failed() {
        return failed;
    }
}
