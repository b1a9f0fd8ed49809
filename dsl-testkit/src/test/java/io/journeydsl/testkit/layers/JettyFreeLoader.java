package io.journeydsl.testkit.layers;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A child-first class loader over the test class path that records every class it defines. Child
 * first, so that the testkit, dsl-core and Jetty are loaded afresh here (not borrowed from the test's
 * own loader, where other tests may already have loaded Jetty); only the JDK comes from the parent.
 */
final class JettyFreeLoader extends URLClassLoader {
  private final Set<String> defined = ConcurrentHashMap.newKeySet();

  JettyFreeLoader() {
    super(classPath(), ClassLoader.getPlatformClassLoader());
  }

  private static URL[] classPath() {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        try {
          urls.add(new File(entry).toURI().toURL());
        } catch (MalformedURLException e) {
          throw new IllegalStateException("class path entry " + entry, e);
        }
      }
    }
    return urls.toArray(URL[]::new);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    Class<?> type = super.findClass(name);
    defined.add(name);
    return type;
  }

  /** The names of the classes this loader defined so far. */
  Set<String> defined() {
    return Set.copyOf(defined);
  }
}
