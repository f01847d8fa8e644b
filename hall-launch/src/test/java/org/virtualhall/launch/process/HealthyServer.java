package org.virtualhall.launch.process;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** A process for the tests: prints a line, then answers 200 on /health at the port it is given until it is stopped. */
public final class HealthyServer {

    private HealthyServer() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("starting on " + args[0]);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.parseInt(args[0])), 0);
        server.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }
}
