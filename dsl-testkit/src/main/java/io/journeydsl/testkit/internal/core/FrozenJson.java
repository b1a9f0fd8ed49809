package io.journeydsl.testkit.internal.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.json.JourneyJson;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A JSON object no one changes once it is made (a stored version of an entity, or one answer), with
 * its wire bytes written at most once. The store keeps one per stored version and every write puts
 * a new one, so bytes written for a version can only ever be served for that version: a GET of an
 * unchanged entity answers the bytes of the first GET (or of the write that stored it) instead of
 * copying and writing the tree again, and can never answer the bytes of a version that was replaced.
 */
public final class FrozenJson {
  private static final ObjectMapper JSON = JourneyJson.mapper();
  private final ObjectNode tree;
  /** Written on first need; racing readers may both write it, and both get the same bytes. */
  private volatile byte[] bytes;

  /**
   * Freezes a tree that its maker hands over: no one may change it afterwards.
   *
   * @param tree the JSON, owned from now on by this value
   */
  FrozenJson(ObjectNode tree) {
    this.tree = Objects.requireNonNull(tree, "tree");
  }

  /**
   * The JSON itself, shared with the store and every other reader: read it, never change it (copy
   * it first, as a PATCH does).
   *
   * @return the tree
   */
  public ObjectNode tree() {
    return tree;
  }

  /**
   * The JSON as the wire carries it, exactly as the mapper writes the tree.
   *
   * @return a read-only view of the bytes, positioned at their start
   */
  public ByteBuffer wire() {
    byte[] written = bytes;
    if (written == null) {
      try {
        written = JSON.writeValueAsBytes(tree);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("a stored JSON tree cannot be written: " + e.getOriginalMessage(), e);
      }
      bytes = written;
    }
    return ByteBuffer.wrap(written).asReadOnlyBuffer();
  }
}
