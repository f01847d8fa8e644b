package org.virtualhall.search.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plain TCP relay to the real node. Closing it is what "Elasticsearch is down" looks like to the
 * hall (connection refused); opening it again on the same port is Elasticsearch coming back.
 */
public final class TcpProxy implements AutoCloseable {

    private final URI target;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;

    public TcpProxy(URI target, int port) {
        this.target = target;
        this.port = port;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public synchronized void open() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = socket;
            daemon(() -> accept(socket));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (server != null) {
                server.close();
            }
            for (Socket socket : sockets) {
                socket.close();
            }
            sockets.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                relay(socket, socket.accept());
            } catch (IOException e) {
                return;
            }
        }
    }

    /**
     * Relays one accepted connection, unless the relay was closed meanwhile: registering under the same lock as
     * {@link #close} means a connection accepted just before a cut is closed by it, never left working behind it.
     */
    private synchronized void relay(ServerSocket socket, Socket client) throws IOException {
        if (socket.isClosed()) {
            client.close();
            return;
        }
        Socket upstream = new Socket(target.getHost(), target.getPort());
        sockets.add(client);
        sockets.add(upstream);
        pipe(client, upstream);
        pipe(upstream, client);
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "tcp-proxy");
        thread.setDaemon(true);
        thread.start();
    }

    private void pipe(Socket from, Socket to) {
        daemon(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the other side closed: the relay of this connection ends
            } finally {
                sockets.remove(from);
                try {
                    to.close();
                } catch (IOException e) {
                    sockets.remove(to);
                }
            }
        });
    }
}
