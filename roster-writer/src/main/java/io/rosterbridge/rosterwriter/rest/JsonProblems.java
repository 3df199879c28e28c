package io.rosterbridge.rosterwriter.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Says in a sentence why a JSON body could not be read: where, or which field and why. */
final class JsonProblems {

  private static final Set<Class<?>> WHOLE =
      Set.of(Integer.class, int.class, Long.class, long.class);

  private static final String DUPLICATE = "Duplicate field ";

  private JsonProblems() {}

  static String describe(JsonMappingException e) {
    List<Reference> path = e.getPath();
    if (path.isEmpty() || path.get(path.size() - 1).getFieldName() == null) {
      return "the body must be a JSON object";
    }
    String field = path.get(path.size() - 1).getFieldName();
    if (e instanceof UnrecognizedPropertyException unknown) {
      List<String> known =
          unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
      return "unknown field '" + field + "'; the fields are " + String.join(", ", known);
    }
    Class<?> target = targetOf(e);
    if (target != null && WHOLE.contains(target)) {
      return field + " must be a whole number up to " + Integer.MAX_VALUE;
    }
    if (target == BigDecimal.class) {
      return field + " must be a number";
    }
    return field + " has the wrong type";
  }

  static String describe(StreamReadException e) {
    JsonLocation at = e.getLocation();
    String where =
        at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    String message = e.getOriginalMessage();
    if (message != null && message.startsWith(DUPLICATE)) {
      return "the body gives a field twice: " + message.substring(DUPLICATE.length()) + where;
    }
    return "the body is not valid JSON" + where;
  }

  private static Class<?> targetOf(JsonMappingException e) {
    if (e instanceof MismatchedInputException mismatch) {
      return mismatch.getTargetType();
    }
    return e.getCause() instanceof InputCoercionException coercion
        ? coercion.getTargetType()
        : null;
  }
}
