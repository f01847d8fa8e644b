package org.virtualhall.client.core;

import java.util.List;
import org.virtualhall.client.api.ApiTypes.Credentials;
import org.virtualhall.client.settings.Reading;

/** The events states exchange on the {@link EventBus}. */
public final class HallEvents {

    private HallEvents() {
    }

    /** The visitor is now on another floor. */
    public record FloorChanged(int level) {
    }

    /** Lead the visitor to these windows, in this order. */
    public record GuideTo(List<String> windows, String why) {
    }

    /** Something to say aloud and show as a caption. */
    public record Say(String text) {
    }

    /** The visitor reached a window (or asked to be served at one). */
    public record OpenWindow(String number) {
    }

    /** Start an application for an item. */
    public record StartApplication(String itemCode) {
    }

    /** The visitor opened an item from the results of a search for {@code query} (热词 feedback). */
    public record ItemFromSearch(String query, String itemCode) {
    }

    /** An application for the item was submitted and the gateway gave its receipt. */
    public record ApplicationSubmitted(String itemCode, String receipt) {
    }

    /** A panel was opened or closed; walking pauses while a panel has the keyboard. */
    public record PanelFocus(boolean open) {
    }

    /** A citizen signed in (or their kept session was renewed at start): their applications can be shown. */
    public record SignedIn(Credentials person) {
    }

    /**
     * The session ended: signed out by the citizen, or {@code expired} when it could not be renewed (the citizen
     * is asked to sign in again). The reason is said, unless empty (a kiosk's reset: nobody is there to hear it).
     */
    public record SignedOut(Credentials person, boolean expired, String reason) {
    }

    /** Any input by the visitor; stops the auto-tour. */
    public record UserActive() {
    }

    /**
     * A kiosk's visit is over (nobody touched it for the reset time): every state forgets what this citizen did or
     * entered — signed out, panels closed, texts and drafts cleared, back at the entrance — and keeps none of it on disk.
     */
    public record VisitReset() {
    }

    /** The reading help changed (大字, 高对比, speech rate). */
    public record ReadingChanged(Reading reading) {
    }

    /** Say the last prompt again. */
    public record RepeatPrompt() {
    }

    /** Read the open panel's list aloud, item by item (the window's items, an item's 一次性告知). */
    public record ReadAloud() {
    }

    /** The citizen walked a step of their own (keys or a script's walk; not a route's auto-walk, a tour or a jump). */
    public record Stepped() {
    }

    /** Step into a viewpoint's 720° panorama (a radar click on its marker, walking onto its mark, a hotspot, a script). */
    public record EnterViewpoint(String id) {
    }

    /** The panorama of a viewpoint is shown around the visitor (the walkable hall is hidden), or none when null. */
    public record PanoramaShown(String viewpoint) {
    }
}
