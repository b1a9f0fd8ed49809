package io.journeydsl.testkit.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Sends raw bytes to a server and reads the whole answer: the only way to send what no well-behaved
 * client would (bad encodings, broken chunking, huge headers).
 */
final class RawHttp {
  /** A parsed answer: status line code, the header block as text, and the body. */
  record Reply(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  private RawHttp() {}

  static Reply send(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException serverClosedEarly) {
        // The server may answer and close before reading everything (413, 431): read its answer.
      }
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      try {
        in.transferTo(buffer);
      } catch (IOException reset) {
        // A reset after the answer was sent: keep what arrived.
      }
      return parse(buffer.toString(StandardCharsets.UTF_8));
    }
  }

  static Reply send(int port, String request) throws IOException {
    return send(port, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  static Reply parse(String raw) {
    int end = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.1 ") || end < 0) {
      return new Reply(-1, raw, "");
    }
    int status = Integer.parseInt(raw.substring(9, 12));
    String head = raw.substring(0, end);
    String body = raw.substring(end + 4);
    if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
      body = unchunk(body);
    }
    return new Reply(status, head, body);
  }

  private static String unchunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < chunked.length()) {
      int lineEnd = chunked.indexOf("\r\n", at);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
      if (size == 0) {
        break;
      }
      out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
    return out.toString();
  }

  static String basic(String id, String secret) {
    return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  /** A token request with the given Authorization header value (null for none). */
  static String tokenRequest(String authorization) {
    String body = "grant_type=client_credentials";
    return "POST /oauth/token HTTP/1.1\r\nHost: x\r\n" + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
        + "\r\nConnection: close\r\n\r\n" + body;
  }

  static String get(String path, String token) {
    return "GET " + path + " HTTP/1.1\r\nHost: x\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
        + "Connection: close\r\n\r\n";
  }
}
