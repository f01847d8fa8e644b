package org.virtualhall.client.kiosk;

/**
 * Idle time at a kiosk: advanced by the frame time (or by a script, which stands in for the wall clock in tests),
 * set back by any input. Says when the auto-tour is due and when the visit must be reset, each once per idle spell.
 */
public final class IdleClock {

    /** What the kiosk should do now. */
    public enum Due { NOTHING, TOUR, RESET }

    private final double tourAfter;
    private final double resetAfter;
    private double idle;
    private boolean toured;

    public IdleClock(double tourAfter, double resetAfter) {
        this.tourAfter = tourAfter;
        this.resetAfter = resetAfter;
    }

    public Due advance(double seconds) {
        idle += seconds;
        if (idle >= resetAfter) {
            idle = 0;
            toured = false;
            return Due.RESET;
        }
        if (idle >= tourAfter && !toured) {
            toured = true;
            return Due.TOUR;
        }
        return Due.NOTHING;
    }

    public void activity() {
        idle = 0;
        toured = false;
    }

    public double idleSeconds() {
        return idle;
    }
}
