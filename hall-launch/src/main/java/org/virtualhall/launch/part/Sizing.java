package org.virtualhall.launch.part;

/**
 * How big a part's JVM is: as ./hall up runs it, or as tests run several parts side by side on one machine. Only the
 * heap scales; every other JVM option stays the part's own.
 */
public enum Sizing {
    SERVICE(100),
    TEST(75);

    private final int heapPercent;

    Sizing(int heapPercent) {
        this.heapPercent = heapPercent;
    }

    int heapMb(int serviceHeapMb) {
        return serviceHeapMb * heapPercent / 100;
    }
}
