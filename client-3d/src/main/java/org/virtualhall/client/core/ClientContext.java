package org.virtualhall.client.core;

import com.jme3.font.BitmapFont;
import org.virtualhall.client.ClientOptions;
import org.virtualhall.client.api.HallApi;

/**
 * What every app state is given: the shared model, the API (null when offline), the options, and the CJK
 * font, which is baked in {@code simpleInitApp} before any state initialises.
 */
public final class ClientContext {

    private final ClientModel model;
    private final HallApi api;
    private final ClientOptions options;
    private final boolean audio;
    private final RunFacts facts = new RunFacts();
    private BitmapFont font;

    public ClientContext(ClientModel model, HallApi api, ClientOptions options, boolean audio) {
        this.model = model;
        this.api = api;
        this.options = options;
        this.audio = audio;
    }

    public ClientModel model() {
        return model;
    }

    /** The hall API, or null when the client runs from assets only. */
    public HallApi api() {
        return api;
    }

    public boolean online() {
        return api != null;
    }

    public ClientOptions options() {
        return options;
    }

    public boolean audio() {
        return audio;
    }

    public RunFacts facts() {
        return facts;
    }

    public BitmapFont font() {
        return font;
    }

    public void setFont(BitmapFont font) {
        this.font = font;
    }
}
