package org.virtualhall.client.nav;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.virtualhall.model.layout.Point;

/**
 * A* over a {@link NavGrid}, 8-connected without cutting corners, then string-pulled to the fewest straight
 * segments. Arrays are reused between searches (one instance per grid, used from one thread) so a search
 * allocates almost nothing: the route budget is a few milliseconds.
 */
public final class GridAStar {

    private static final double DIAGONAL = Math.sqrt(2);
    private static final int[] DC = {1, -1, 0, 0, 1, 1, -1, -1};
    private static final int[] DR = {0, 0, 1, -1, 1, -1, 1, -1};

    private final NavGrid grid;
    private final double[] cost;
    private final int[] parent;
    private final int[] stamp;
    private final boolean[] closed;
    private final int[] heap;
    private final double[] heapKey;
    private int heapSize;
    private int generation;

    public GridAStar(NavGrid grid) {
        this.grid = grid;
        int cells = grid.columns() * grid.rows();
        cost = new double[cells];
        parent = new int[cells];
        stamp = new int[cells];
        closed = new boolean[cells];
        heap = new int[cells * 8];
        heapKey = new double[cells * 8];
    }

    /** The shortest free path as corner points from {@code from} to {@code to}; empty when unreachable. */
    public List<Point> path(Point from, Point to) {
        int start = grid.nearestFree(from);
        int goal = grid.nearestFree(to);
        if (!search(start, goal)) {
            return List.of();
        }
        List<Point> cells = new ArrayList<>();
        for (int c = goal; c != start; c = parent[c]) {
            cells.add(centreOf(c));
        }
        cells.add(centreOf(start));
        Collections.reverse(cells);
        cells.set(0, grid.free(from) ? from : cells.get(0));
        cells.set(cells.size() - 1, grid.free(to) ? to : cells.get(cells.size() - 1));
        return pull(cells);
    }

    private boolean search(int start, int goal) {
        generation++;
        heapSize = 0;
        int columns = grid.columns();
        int gc = goal % columns;
        int gr = goal / columns;
        touch(start);
        cost[start] = 0;
        parent[start] = start;
        push(start, heuristic(start % columns, start / columns, gc, gr));
        while (heapSize > 0) {
            int current = pop();
            if (closed[current]) {
                continue;
            }
            if (current == goal) {
                return true;
            }
            closed[current] = true;
            int col = current % columns;
            int row = current / columns;
            for (int k = 0; k < 8; k++) {
                int c = col + DC[k];
                int r = row + DR[k];
                if (!grid.free(c, r) || (k >= 4 && (!grid.free(col + DC[k], row) || !grid.free(col, row + DR[k])))) {
                    continue;
                }
                int next = r * columns + c;
                touch(next);
                double g = cost[current] + (k >= 4 ? DIAGONAL : 1);
                if (!closed[next] && g < cost[next]) {
                    cost[next] = g;
                    parent[next] = current;
                    push(next, g + heuristic(c, r, gc, gr));
                }
            }
        }
        return false;
    }

    private void touch(int cell) {
        if (stamp[cell] != generation) {
            stamp[cell] = generation;
            cost[cell] = Double.MAX_VALUE;
            closed[cell] = false;
        }
    }

    private static double heuristic(int c, int r, int gc, int gr) {
        int dx = Math.abs(c - gc);
        int dy = Math.abs(r - gr);
        return Math.max(dx, dy) + (DIAGONAL - 1) * Math.min(dx, dy);
    }

    private void push(int cell, double key) {
        int i = heapSize++;
        while (i > 0) {
            int up = (i - 1) / 2;
            if (heapKey[up] <= key) {
                break;
            }
            heap[i] = heap[up];
            heapKey[i] = heapKey[up];
            i = up;
        }
        heap[i] = cell;
        heapKey[i] = key;
    }

    private int pop() {
        int top = heap[0];
        int lastCell = heap[--heapSize];
        double lastKey = heapKey[heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
                child++;
            }
            if (heapKey[child] >= lastKey) {
                break;
            }
            heap[i] = heap[child];
            heapKey[i] = heapKey[child];
            i = child;
        }
        heap[i] = lastCell;
        heapKey[i] = lastKey;
        return top;
    }

    private Point centreOf(int cell) {
        return grid.centre(cell % grid.columns(), cell / grid.columns());
    }

    /** Keeps only the corners needed: from each kept point, walk on while the next point is still in sight. */
    private List<Point> pull(List<Point> cells) {
        List<Point> out = new ArrayList<>();
        out.add(cells.get(0));
        int anchor = 0;
        for (int j = 2; j < cells.size(); j++) {
            if (!grid.clearLine(cells.get(anchor), cells.get(j))) {
                anchor = j - 1;
                out.add(cells.get(anchor));
            }
        }
        out.add(cells.get(cells.size() - 1));
        return out;
    }
}
