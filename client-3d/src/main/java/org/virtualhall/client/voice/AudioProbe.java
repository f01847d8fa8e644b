package org.virtualhall.client.voice;

import java.nio.ByteBuffer;
import java.util.logging.Logger;
import org.lwjgl.openal.ALC10;

/**
 * Whether OpenAL can open a sound device. jME 3.9.0 throws from alcCreateContext when there is none and
 * takes the whole client with it, so the client asks first and starts without audio when the answer is no.
 * (LWJGL loads OpenAL by itself on first use; the probe leaves it loaded for jME.)
 */
public final class AudioProbe {

    private static final Logger LOG = Logger.getLogger(AudioProbe.class.getName());

    private AudioProbe() {
    }

    public static boolean deviceAvailable() {
        try {
            long device = ALC10.alcOpenDevice((ByteBuffer) null);
            if (device == 0) {
                return false;
            }
            long context = ALC10.alcCreateContext(device, (int[]) null);
            boolean ok = context != 0;
            if (ok) {
                ALC10.alcDestroyContext(context);
            }
            ALC10.alcCloseDevice(device);
            return ok;
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            LOG.fine(() -> "OpenAL probe failed: " + e);
            return false;
        }
    }
}
