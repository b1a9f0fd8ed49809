package io.journeydsl.testkit.internal.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.json.JourneyJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state of {@code --state FILE}: a snapshot file plus an append-only log beside it
 * ({@code FILE.log}). Each write appends one line holding every entity it changed, and the write is
 * acknowledged only after that line is in the file, so a process killed at any moment loses no
 * acknowledged write; a line cut short by the kill was never acknowledged and is dropped at the next
 * start. When the log has grown past the snapshot (and at every start) it is compacted: the snapshot is
 * written to a temporary file beside it, moved over it in one step and the log emptied, so the
 * snapshot is never half-written. Replaying a log over a snapshot that already holds it changes
 * nothing, which makes a crash between the move and the emptying harmless.
 *
 * <p>A symbolic link as the state file is followed: its target is updated and the link stays. A
 * state file (or directory) that cannot be written is refused at start, not at the first write.
 * Temporary files left by a crash are removed at start.
 */
final class StateLog implements Persistence {
  private static final ObjectMapper JSON = JourneyJson.mapper();
  private static final byte NEWLINE = '\n';
  /** The log is compacted once it is larger than this and than twice the snapshot, so compaction costs O(1) a write. */
  private static final long MIN_COMPACTION_BYTES = 4L << 20;

  private final Path file;
  private final Path log;
  private final String tempPrefix;
  private FileChannel channel;
  private long logBytes;
  private long snapshotBytes;
  private boolean broken;

  /** What was stored: the snapshot's text, if any, and the log's complete lines. */
  record Stored(Optional<String> snapshot, List<List<Change>> log) {}

  /**
   * Opens the state at {@code file}: refuses a state that cannot be written and removes temporary
   * files a crash left behind.
   *
   * @param file the state file (a symbolic link is followed)
   * @throws IllegalStateException if the state cannot be written
   */
  StateLog(Path file) {
    this.file = target(file.toAbsolutePath());
    this.log = this.file.resolveSibling(this.file.getFileName() + ".log");
    this.tempPrefix = this.file.getFileName() + ".";
    try {
      Files.createDirectories(this.file.getParent());
    } catch (IOException e) {
      throw new IllegalStateException("cannot create the directory of the state file " + this.file + ": " + reason(e));
    }
    for (Path existing : List.of(this.file, this.log)) {
      if (Files.exists(existing) && !Files.isRegularFile(existing)) {
        throw new IllegalStateException("the state file " + existing + " is not a regular file");
      }
      if (Files.exists(existing) && !Files.isWritable(existing)) {
        throw new IllegalStateException("the state file " + existing + " is read-only: the fake could not store a single write");
      }
    }
    if (!Files.isWritable(this.file.getParent())) {
      throw new IllegalStateException("the directory of the state file " + this.file + " is read-only");
    }
    removeTemporaryFiles();
  }

  /** The file a symbolic link finally points at (also when it does not exist yet). */
  private static Path target(Path file) {
    Path at = file;
    for (int hops = 0; hops < 40 && Files.isSymbolicLink(at); hops++) {
      try {
        at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
      } catch (IOException e) {
        throw new IllegalStateException("cannot follow the state file link " + file + ": " + reason(e));
      }
    }
    return at;
  }

  private void removeTemporaryFiles() {
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(file.getParent(), glob(tempPrefix) + "*.tmp")) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot clean temporary files beside the state file " + file + ": " + reason(e));
    }
  }

  private static String glob(String literal) {
    return literal.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
  }

  /**
   * Reads the snapshot and the log's complete lines. A last line cut short (the process died while
   * writing it, so it was never acknowledged) is dropped; a damaged line before the last one means
   * the file was changed by someone else and is refused.
   */
  Stored load() {
    try {
      Optional<String> snapshot = Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
      List<List<Change>> lines = new ArrayList<>();
      if (Files.exists(log)) {
        byte[] bytes = Files.readAllBytes(log);
        int start = 0;
        int number = 0;
        for (int i = 0; i < bytes.length; i++) {
          if (bytes[i] == NEWLINE) {
            number++;
            lines.add(parse(new String(bytes, start, i - start, StandardCharsets.UTF_8), number));
            start = i + 1;
          }
        }
      }
      return new Stored(snapshot, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the state file " + file + ": " + reason(e), e);
    }
  }

  private List<Change> parse(String line, int number) {
    try {
      JsonNode root = JSON.readTree(line);
      List<Change> changes = new ArrayList<>();
      for (JsonNode op : root.path("changes")) {
        ApiCollection collection = ApiCollection.ofBundleKey(op.path("collection").asText())
            .orElseThrow(() -> new IllegalStateException("unknown collection"));
        JsonNode node = op.get("node");
        changes.add(new Change(collection, op.path("id").asText(), node == null || node.isNull() ? null : (ObjectNode) node));
      }
      return changes;
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalStateException("the state log " + log + " is damaged at line " + number
          + " (it was changed by something other than the fake)");
    }
  }

  /** Writes the whole state as the new snapshot and empties the log (at start, and after a restore). */
  @Override
  public void rewrite(Semantics semantics) {
    compact(semantics);
  }

  /**
   * Appends one line with every change of a write, then compacts if the log has grown past the
   * snapshot. A line that cannot be written whole is cut off again, so the log never holds half a
   * line followed by more; if even that fails, every later write is refused until a restart.
   */
  @Override
  public void record(List<Change> changes, Semantics semantics) {
    if (broken) {
      // An earlier line could not be cut off again: start a clean log from the store (which was put
      // back) before anything is appended after the damaged line.
      compact(semantics);
    }
    byte[] line = line(changes);
    try {
      FileChannel out = channel();
      long before = logBytes;
      try {
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        logBytes = before + line.length;
      } catch (IOException e) {
        undo(out, before);
        throw e;
      }
    } catch (IOException e) {
      throw new PersistenceFailure("cannot append to the state log " + log + ": " + reason(e), e);
    }
    if (logBytes > Math.max(MIN_COMPACTION_BYTES, 2 * snapshotBytes)) {
      try {
        compact(semantics);
      } catch (PersistenceFailure compactionFailed) {
        // The write itself is in the log, so it stands; compaction is tried again after the next write.
      }
    }
  }

  private void undo(FileChannel out, long size) {
    try {
      out.truncate(size);
      out.position(size);
    } catch (IOException e) {
      broken = true;
    }
  }

  private FileChannel channel() throws IOException {
    if (channel == null || !channel.isOpen()) {
      channel = FileChannel.open(log, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      logBytes = channel.size();
      channel.position(logBytes);
    }
    return channel;
  }

  private static byte[] line(List<Change> changes) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode ops = root.putArray("changes");
    for (Change change : changes) {
      ObjectNode op = ops.addObject();
      op.put("collection", change.collection().bundleKey());
      op.put("id", change.id());
      if (change.node() != null) {
        op.set("node", change.node());
      }
    }
    try {
      byte[] json = JSON.writeValueAsBytes(root);
      byte[] out = new byte[json.length + 1];
      System.arraycopy(json, 0, out, 0, json.length);
      out[json.length] = NEWLINE;
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a state log line", e);
    }
  }

  /**
   * Writes the snapshot beside the state file, forces it to disk, moves it over the state file in one
   * step, then empties the log. A crash at any point leaves either the old snapshot with the whole
   * log, or the new one with a log it already holds.
   */
  private void compact(Semantics semantics) {
    byte[] snapshot = Snapshots.write(semantics).getBytes(StandardCharsets.UTF_8);
    Path temp = null;
    try {
      temp = Files.createTempFile(file.getParent(), tempPrefix, ".tmp");
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(snapshot);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
      snapshotBytes = snapshot.length;
      FileChannel out = channel();
      out.truncate(0);
      out.position(0);
      logBytes = 0;
      broken = false;
    } catch (IOException e) {
      throw new PersistenceFailure("cannot write the state file " + file + ": " + reason(e), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // A temporary file that cannot be removed now is removed at the next start.
        }
      }
    }
  }

  /** Closes the log. */
  void close() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // Every acknowledged line was written before; closing adds nothing to keep.
      }
    }
  }

  private static String reason(IOException e) {
    return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase()
        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
  }
}
