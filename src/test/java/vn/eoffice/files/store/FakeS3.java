package vn.eoffice.files.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny in-process S3 speaking just enough of the protocol (path-style PUT, GET and HEAD of objects) for the real
 * AWS SDK to talk to it; decodes aws-chunked uploads like MinIO does.
 */
final class FakeS3 implements AutoCloseable {

    final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    FakeS3() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        requests.add(method + " " + path + " auth=" + (exchange.getRequestHeaders().getFirst("Authorization") != null));
        try (exchange) {
            switch (method) {
                case "PUT" -> {
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    String encoding = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                            + String.valueOf(exchange.getRequestHeaders().getFirst("x-amz-content-sha256"));
                    if (encoding.contains("aws-chunked") || encoding.contains("STREAMING")) {
                        body = decodeChunked(body);
                    }
                    objects.put(path, body);
                    exchange.getResponseHeaders().add("ETag", "\"" + md5(body) + "\"");
                    exchange.sendResponseHeaders(200, -1);
                }
                case "GET", "HEAD" -> {
                    byte[] body = objects.get(path);
                    if (body == null) {
                        notFound(exchange, method.equals("HEAD"));
                        return;
                    }
                    exchange.getResponseHeaders().add("ETag", "\"" + md5(body) + "\"");
                    exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                    if (method.equals("HEAD")) {
                        exchange.getResponseHeaders().add("Content-Length", String.valueOf(body.length));
                        exchange.sendResponseHeaders(200, -1);
                    } else {
                        exchange.sendResponseHeaders(200, body.length);
                        exchange.getResponseBody().write(body);
                    }
                }
                default -> exchange.sendResponseHeaders(405, -1);
            }
        }
    }

    private static void notFound(HttpExchange exchange, boolean head) throws IOException {
        byte[] error = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code>"
                + "<Message>The specified key does not exist.</Message></Error>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        if (head) {
            exchange.sendResponseHeaders(404, -1);
        } else {
            exchange.sendResponseHeaders(404, error.length);
            exchange.getResponseBody().write(error);
        }
    }

    /** aws-chunked: "hex-size;chunk-signature=...\r\n" data "\r\n", ending with a zero-size chunk and trailers. */
    private static byte[] decodeChunked(byte[] body) {
        var out = new ByteArrayOutputStream();
        int position = 0;
        while (position < body.length) {
            int lineEnd = indexOf(body, position);
            String header = new String(body, position, lineEnd - position, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(header.split(";")[0].trim(), 16);
            position = lineEnd + 2;
            if (size == 0) {
                break;
            }
            out.write(body, position, size);
            position += size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] body, int from) {
        for (int i = from; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        return body.length;
    }

    private static String md5(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
