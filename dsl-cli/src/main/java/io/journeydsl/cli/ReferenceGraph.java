package io.journeydsl.cli;

import io.journeydsl.BundleReference;
import io.journeydsl.JourneyConfig;
import io.journeydsl.Ref;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.catalog.ApiCollection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which action maps use which segments, outcomes and action templates of a bundle, as nodes and
 * edges ready to draw. The references are the catalogue's (every {@code ReferenceSite}, through
 * {@link JourneyConfig#references()}), so a site added there is drawn without a change here.
 * Everything is in bundle order and node ids are positional, so one bundle always gives one text.
 *
 * @param nodes the objects, then the targets of dangling references and of ids outside the bundle
 * @param edges one per action map, field and target
 */
record ReferenceGraph(List<Node> nodes, List<Edge> edges) {

  /** How a node is drawn. */
  enum State {
    /** An action map, or an object some action map uses. */
    USED,
    /** A segment, outcome or template no action map refers to. */
    UNUSED,
    /** What a reference by name points to when no object of the bundle has that name. */
    DANGLING,
    /** What a plain id points to when no object of the bundle has that id: an object of the org, outside the bundle. */
    EXTERNAL
  }

  /**
   * One object.
   *
   * @param id the node's id in the drawing ({@code seg1}, {@code map2}, ...)
   * @param collection what kind of object
   * @param label the object's name, or what is missing
   * @param state how to draw it
   */
  record Node(String id, ApiCollection collection, String label, State state) {}

  /**
   * One use of an object by an action map.
   *
   * @param from the action map's node id
   * @param to the used object's node id
   * @param field the action map's wire field holding the reference ({@code triggerWithSegments})
   * @param dangling whether it points to no object of the bundle by name
   */
  record Edge(String from, String to, String field, boolean dangling) {}

  /** The collections drawn, in drawing order: the action maps and what they refer to. */
  static final List<ApiCollection> DRAWN = List.of(ApiCollection.ACTION_MAPS, ApiCollection.SEGMENTS,
      ApiCollection.OUTCOMES, ApiCollection.ACTION_TEMPLATES);

  /** The graph of {@code config}. */
  static ReferenceGraph of(JourneyConfig config) {
    return new Builder(config).build();
  }

  /** The nodes of one collection and state, in order. */
  List<Node> nodes(ApiCollection collection, State state) {
    return nodes.stream().filter(n -> n.collection() == collection && n.state() == state).toList();
  }

  /** How many nodes have this state. */
  long count(State state) {
    return nodes.stream().filter(n -> n.state() == state).count();
  }

  /** One line saying what the drawing shows, for its comment. */
  String summary() {
    List<String> parts = new ArrayList<>();
    for (ApiCollection collection : DRAWN) {
      long n = nodes.stream().filter(node -> node.collection() == collection && node.state() != State.DANGLING
          && node.state() != State.EXTERNAL).count();
      parts.add(plural(n, collection.label()));
    }
    return String.join(", ", parts) + "; " + count(State.UNUSED) + " unused, "
        + plural(edges.stream().filter(Edge::dangling).count(), "dangling reference") + ", "
        + plural(count(State.EXTERNAL), "id") + " outside the bundle";
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Collects nodes and edges in bundle order. */
  private static final class Builder {
    private final JourneyConfig config;
    private final List<Node> objects = new ArrayList<>();
    private final Map<String, Node> byKey = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new LinkedHashMap<>();
    private final Set<String> used = new LinkedHashSet<>();
    private final Set<Edge> edges = new LinkedHashSet<>();

    Builder(JourneyConfig config) {
      this.config = config;
    }

    ReferenceGraph build() {
      config.actionMaps().forEach(m -> object(ApiCollection.ACTION_MAPS, m.displayName(), m.id()));
      config.segments().forEach(s -> object(ApiCollection.SEGMENTS, s.displayName(), s.id()));
      config.outcomes().forEach(o -> object(ApiCollection.OUTCOMES, o.displayName(), o.id()));
      config.actionTemplates().forEach(t -> object(ApiCollection.ACTION_TEMPLATES, t.name(), t.id()));
      List<Node> targets = new ArrayList<>();
      for (int i = 0; i < config.actionMaps().size(); i++) {
        ActionMap map = config.actionMaps().get(i);
        String from = objects.get(i).id();   // the action maps were added first, in bundle order
        String prefix = "actionMaps[" + map.displayName() + "].";
        // One map's references: the bundle-wide list names the map only inside a path.
        for (BundleReference reference : JourneyConfig.of(map).references()) {
          String field = field(reference.path().substring(prefix.length()));
          Node target = target(reference.ref(), targets);
          used.add(target.id());
          edges.add(new Edge(from, target.id(), field, target.state() == State.DANGLING));
        }
      }
      List<Node> nodes = new ArrayList<>();
      for (Node node : objects) {
        boolean unused = node.collection() != ApiCollection.ACTION_MAPS && !used.contains(node.id());
        nodes.add(unused ? new Node(node.id(), node.collection(), node.label(), State.UNUSED) : node);
      }
      nodes.addAll(targets);
      return new ReferenceGraph(List.copyOf(nodes), List.copyOf(edges));
    }

    private void object(ApiCollection collection, String name, String id) {
      Node node = new Node(nextId(prefix(collection)), collection, name == null ? "(no name)" : name, State.USED);
      objects.add(node);
      byKey.putIfAbsent(nameKey(collection, node.label()), node);
      if (id != null) {
        byKey.putIfAbsent(idKey(collection, id), node);
      }
    }

    /** The node a reference points to; a new dangling or external node the first time a missing one is seen. */
    private Node target(Ref<?> ref, List<Node> targets) {
      ApiCollection collection = ref.kind().collection();
      String key = ref.name().map(name -> nameKey(collection, name)).orElseGet(() -> idKey(collection, ref.id().orElseThrow()));
      Node found = byKey.get(key);
      if (found == null) {
        found = ref.name().isPresent()
            ? new Node(nextId("missing"), collection, "missing " + collection.label() + ": " + ref.name().get(), State.DANGLING)
            : new Node(nextId("ext"), collection, collection.label() + " id " + ref.id().orElseThrow(), State.EXTERNAL);
        byKey.put(key, found);
        targets.add(found);
      }
      return found;
    }

    private String nextId(String prefix) {
      return prefix + counters.merge(prefix, 1, Integer::sum);
    }

    private static String prefix(ApiCollection collection) {
      return switch (collection) {
        case SEGMENTS -> "seg";
        case OUTCOMES -> "out";
        case ACTION_TEMPLATES -> "tpl";
        case ACTION_MAPS -> "map";
        case ACTION_TARGETS -> "target";
      };
    }

    private static String nameKey(ApiCollection collection, String name) {
      return collection.bundleKey() + "\u0000name\u0000" + name;
    }

    private static String idKey(ApiCollection collection, String id) {
      return collection.bundleKey() + "\u0000id\u0000" + id;
    }

    /** The top-level wire field of a path inside an action map: {@code action} of {@code action.actionTemplate.id}. */
    private static String field(String path) {
      int end = path.length();
      for (char stop : new char[] {'.', '['}) {
        int at = path.indexOf(stop);
        if (at >= 0 && at < end) {
          end = at;
        }
      }
      return path.substring(0, end);
    }
  }
}
