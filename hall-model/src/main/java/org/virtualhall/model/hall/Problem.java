package org.virtualhall.model.hall;

/**
 * One thing wrong with the hall data.
 *
 * @param file  the data file, relative to the hall folder
 * @param entry which entry in it (an item code, a window number, a line and column)
 */
public record Problem(String file, String entry, String message) {

    @Override
    public String toString() {
        return file + ": " + entry + ": " + message;
    }
}
