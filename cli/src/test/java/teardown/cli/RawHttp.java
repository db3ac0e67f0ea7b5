package teardown.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 exchange over a plain socket, sending the request target byte for byte: a library
 * client would normalise the dots and escapes that the traversal tests need to send as they are.
 */
record RawHttp(int status, String head, String body) {

    static RawHttp get(int port, String target) {
        return exchange(port, "GET", target, "127.0.0.1:" + port);
    }

    static RawHttp exchange(int port, String method, String target, String host) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = split < 0 ? response : response.substring(0, split);
            String body = split < 0 ? "" : response.substring(split + 4);
            String[] statusLine = head.split("\r\n", 2)[0].split(" ");
            return new RawHttp(Integer.parseInt(statusLine[1]), head, body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
