package io.journeydsl.cli;

import io.journeydsl.deploy.Prune;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --prune KIND|PATTERN}, repeatable: which org objects the bundle owns beyond those it names. */
final class PruneOptions {
  @Option(names = "--prune", paramLabel = "KIND|PATTERN",
      description = {"Delete org objects the bundle does not name, among these only: a collection "
          + "(segments, outcomes, actionTemplates, actionMaps) or a regular expression matching whole names. "
          + "Repeatable. Without it nothing is deleted."})
  List<String> specs = new ArrayList<>();

  Prune prune() {
    return specs.stream().map(Prune::parse).reduce(Prune.none(), Prune::and);
  }
}
