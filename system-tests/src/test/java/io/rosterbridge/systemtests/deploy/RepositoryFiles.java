package io.rosterbridge.systemtests.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** The repository's deployment files and module settings, as the deployment tests read them. */
final class RepositoryFiles {

  /** The folder with docker-compose.yml and the parent pom. */
  static final Path ROOT = repositoryRoot();

  private static final YAMLMapper YAML = new YAMLMapper();

  private RepositoryFiles() {}

  /** The single YAML document in {@code file}. */
  static JsonNode readYaml(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every non-empty document of a multi-document YAML file, in order. */
  static List<JsonNode> readYamlDocuments(Path file) throws IOException {
    return readYamlDocuments(Files.readString(file));
  }

  /** Every non-empty document of a multi-document YAML text, in order. */
  static List<JsonNode> readYamlDocuments(String text) throws IOException {
    try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(text)) {
      return documents.readAll().stream().filter(d -> d != null && !d.isNull()).toList();
    }
  }

  /** A module's {@code src/main/resources/application.properties}; empty if it has none. */
  static Properties moduleProperties(String module) throws IOException {
    Path file = ROOT.resolve(module).resolve("src/main/resources/application.properties");
    Properties properties = new Properties();
    if (Files.exists(file)) {
      properties.load(new StringReader(Files.readString(file)));
    }
    return properties;
  }

  /**
   * The properties a module's {@code %dev} profile sets, without the prefix: settings the service
   * needs a value for outside dev mode too, unless its default suits production.
   */
  static Set<String> devProfileSettings(String module) throws IOException {
    Set<String> result = new TreeSet<>();
    for (String name : moduleProperties(module).stringPropertyNames()) {
      if (name.startsWith("%dev.")) {
        result.add(name.substring("%dev.".length()));
      }
    }
    return result;
  }

  /**
   * The environment variable MicroProfile Config reads for {@code property}: every character that
   * is not a letter or digit becomes {@code _}, and the rest is upper-cased.
   */
  static String envName(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("docker-compose.yml"))
          && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "docker-compose.yml not found above " + Path.of("").toAbsolutePath());
  }
}
