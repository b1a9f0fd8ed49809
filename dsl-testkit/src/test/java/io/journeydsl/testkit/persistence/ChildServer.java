package io.journeydsl.testkit.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@link StateServerMain} in a child JVM on this test's class path. */
final class ChildServer implements AutoCloseable {
  private final Process process;
  private final int port;

  private ChildServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static ChildServer start(Path state) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        StateServerMain.class.getName(), state.toString())).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line; (line = out.readLine()) != null; ) {
      if (line.startsWith("port=")) {
        Thread drain = new Thread(() -> {
          try {
            while (out.readLine() != null) {
              // Keep the pipe empty so the child never blocks on its output.
            }
          } catch (IOException closed) {
            // The child is gone.
          }
        });
        drain.setDaemon(true);
        drain.start();
        return new ChildServer(process, Integer.parseInt(line.substring(5).trim()));
      }
    }
    throw new IOException("the child server ended before serving, exit " + process.exitValue());
  }

  int port() {
    return port;
  }

  /** SIGKILL: no shutdown hook, no flush, nothing. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }
}
