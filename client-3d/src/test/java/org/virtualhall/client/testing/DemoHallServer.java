package org.virtualhall.client.testing;

/**
 * Serves the test catalog on a port until killed: the stand-in server used to render the README pictures
 * (docs/images) while the real catalog is being written. Prints its URL, then its SMS outbox.
 */
public final class DemoHallServer {

    private DemoHallServer() {
    }

    public static void main(String[] args) throws Exception {
        HallApiServer server = new HallApiServer(TestCatalog.published());
        System.out.println(server.uri());
        System.out.println(server.outbox());
        Thread.currentThread().join();
    }
}
