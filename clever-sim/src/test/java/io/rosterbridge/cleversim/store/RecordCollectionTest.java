package io.rosterbridge.cleversim.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paging over a base source merged with added, replaced and removed objects. */
class RecordCollectionTest {

  private static ObjectNode user(String id, String role) {
    ObjectNode node = Json.object().put("id", id);
    node.putObject("roles").putObject(role);
    return node;
  }

  private static RecordCollection mutated() {
    List<ObjectNode> base = new ArrayList<>();
    IntStream.range(0, 10)
        .forEach(i -> base.add(user("b" + i * 2, i % 2 == 0 ? "student" : "teacher")));
    RecordCollection collection = new RecordCollection(new ListSource(base));
    collection.put(user("b1", "teacher"));
    collection.put(user("b7", "student"));
    collection.put(user("c0", "teacher"));
    collection.put(user("b4", "teacher"));
    collection.remove("b6");
    collection.remove("b14");
    collection.remove("b7");
    return collection;
  }

  private static final List<String> EXPECTED =
      List.of("b0", "b1", "b10", "b12", "b16", "b18", "b2", "b4", "b8", "c0");

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 20})
  void forwardAndBackwardPagingSeeExactlyThePresentObjects(int limit) {
    RecordCollection collection = mutated();
    assertThat(collection.size()).isEqualTo(EXPECTED.size());
    List<String> forward = new ArrayList<>();
    String cursor = null;
    Slice slice;
    do {
      slice = collection.after(cursor, limit, RecordFilter.ALL);
      slice.items().forEach(n -> forward.add(n.get("id").asText()));
      cursor = slice.items().isEmpty() ? cursor : slice.lastId();
    } while (slice.more());
    assertThat(forward).isEqualTo(EXPECTED);
    List<List<String>> pages = new ArrayList<>();
    cursor = "zz";
    do {
      slice = collection.before(cursor, limit, RecordFilter.ALL);
      pages.add(slice.items().stream().map(n -> n.get("id").asText()).toList());
      cursor = slice.items().isEmpty() ? cursor : slice.firstId();
    } while (slice.more());
    Collections.reverse(pages);
    assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(EXPECTED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"teacher", "student"})
  void aRoleFilterSeesReplacedObjectsWithTheirNewRoles(String role) {
    RecordCollection collection = mutated();
    List<String> ids =
        collection.after(null, 100, RecordFilter.role(role)).items().stream()
            .map(n -> n.get("id").asText())
            .toList();
    List<String> before =
        collection.before("zz", 100, RecordFilter.role(role)).items().stream()
            .map(n -> n.get("id").asText())
            .toList();
    List<String> expected =
        role.equals("teacher")
            ? List.of("b1", "b10", "b18", "b2", "b4", "c0")
            : List.of("b0", "b12", "b16", "b8");
    assertThat(ids).isEqualTo(expected);
    assertThat(before).isEqualTo(expected);
    assertThat(collection.get("b6")).isEmpty();
    assertThat(collection.get("b4").orElseThrow().get("roles").has("teacher")).isTrue();
    assertThat(collection.lastId()).isEqualTo("c0");
  }
}
