package org.virtualhall.gateway.quarantine;

/** Puts one kind of quarantined thing back where it was refused, to go through every check again. */
public interface Replayer {

    String kind();

    void replay(QuarantineEntry entry);
}
