package io.journeydsl.testkit.tck;

/** Valid wire JSON bodies for the TCK's calls. */
final class Bodies {
  private Bodies() {}

  static String segment(String name) {
    return "{\"displayName\":\"" + name + "\",\"isActive\":true,\"color\":\"#1E88E5\","
        + "\"journey\":{\"patterns\":[{\"criteria\":[{\"key\":\"page.url\",\"values\":[\"/pricing\"],"
        + "\"operator\":\"containsAll\",\"shouldIgnoreCase\":true}],\"count\":2,\"streamType\":\"Web\",\"sessionType\":\"web\"}]}}";
  }

  static String outcome(String name) {
    return "{\"displayName\":\"" + name + "\",\"isActive\":true,\"isPositive\":true,"
        + "\"journey\":{\"patterns\":[{\"criteria\":[{\"key\":\"page.url\",\"values\":[\"/thanks\"],"
        + "\"operator\":\"containsAll\",\"shouldIgnoreCase\":true}],\"count\":1,\"streamType\":\"Web\",\"sessionType\":\"web\"}]}}";
  }

  static String template(String name) {
    return "{\"name\":\"" + name + "\",\"mediaType\":\"contentOffer\",\"state\":\"Active\","
        + "\"contentOffer\":{\"displayMode\":\"Modal\",\"layoutMode\":\"TextOnly\",\"title\":\"Sale\","
        + "\"callToAction\":{\"text\":\"Shop\",\"url\":\"https://shop.example.com\",\"target\":\"Blank\"}}}";
  }

  static String actionMap(String name, String segmentId, String templateId) {
    return "{\"displayName\":\"" + name + "\",\"isActive\":true,\"triggerWithSegments\":[\"" + segmentId + "\"],"
        + "\"pageUrlConditions\":[{\"values\":[\"/pricing\"],\"operator\":\"containsAll\"}],"
        + "\"activation\":{\"type\":\"immediate\"},\"weight\":2,"
        + "\"action\":{\"mediaType\":\"contentOffer\",\"actionTemplate\":{\"id\":\"" + templateId + "\"}}}";
  }

  static String actionMapPatch(String name, int version, String segmentId) {
    return "{\"displayName\":\"" + name + "\",\"version\":" + version + ",\"weight\":3,"
        + "\"triggerWithSegments\":[\"" + segmentId + "\"],"
        + "\"pageUrlConditions\":[{\"values\":[\"/pricing\"],\"operator\":\"containsAll\"}]}";
  }

  static String query(String interval) {
    return "{\"interval\":\"" + interval + "\",\"metrics\":[\"nWebActionsOffered\",\"nJourneySessions\"],"
        + "\"groupBy\":[\"journeyActionMapId\"]}";
  }
}
