package io.rosterbridge.cleversim.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Selects the objects a list request asks for, cheaply on sources that can answer by index. */
public interface RecordFilter {

  /** Every object. */
  RecordFilter ALL =
      new RecordFilter() {
        @Override
        public boolean test(RecordSource source, int index) {
          return true;
        }

        @Override
        public boolean test(ObjectNode node) {
          return true;
        }
      };

  /** Whether the base object at {@code index} matches. */
  boolean test(RecordSource source, int index);

  /** Whether a materialised object matches. */
  boolean test(ObjectNode node);

  /** Users having the role, as {@code /users?role=} selects them. */
  static RecordFilter role(String role) {
    return new RecordFilter() {
      @Override
      public boolean test(RecordSource source, int index) {
        return source.hasRole(index, role);
      }

      @Override
      public boolean test(ObjectNode node) {
        return node.path("roles").has(role);
      }
    };
  }

  /** Events whose type starts with one of the record types, as {@code record_type=} selects. */
  static RecordFilter eventRecordTypes(List<String> recordTypes) {
    return new RecordFilter() {
      @Override
      public boolean test(RecordSource source, int index) {
        return test(source.get(index));
      }

      @Override
      public boolean test(ObjectNode node) {
        String type = node.path("type").asText("");
        return recordTypes.stream().anyMatch(r -> type.startsWith(r + "."));
      }
    };
  }
}
