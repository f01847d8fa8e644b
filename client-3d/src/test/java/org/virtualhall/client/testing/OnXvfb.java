package org.virtualhall.client.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Tests that run the real client: one private Xvfb display of 1280x720 for the class, and a folder for the runs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OnXvfb {

    protected static final int WIDTH = 1280;
    protected static final int HEIGHT = 720;

    protected XvfbDisplay display;

    @TempDir
    protected Path dir;

    @BeforeAll
    void startDisplay() throws Exception {
        display = XvfbDisplay.start(WIDTH, HEIGHT);
    }

    @AfterAll
    void stopDisplay() throws Exception {
        display.close();
    }
}
