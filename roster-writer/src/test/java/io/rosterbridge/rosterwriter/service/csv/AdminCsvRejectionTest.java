package io.rosterbridge.rosterwriter.service.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A refused import counts every error and lists the first hundred. */
class AdminCsvRejectionTest {

  private static List<RowError> errors(int count) {
    return LongStream.rangeClosed(2, count + 1)
        .mapToObj(line -> new RowError(line, "username is empty"))
        .toList();
  }

  @Test
  void aFewErrorsAreAllListed() {
    CsvRejectedException one = new CsvRejectedException(errors(1));
    CsvRejectedException hundred = new CsvRejectedException(errors(100));

    assertThat(one.getMessage()).isEqualTo("1 error; nothing was imported");
    assertThat(one.errors()).isEqualTo(errors(1));
    assertThat(hundred.getMessage()).isEqualTo("100 errors; nothing was imported");
    assertThat(hundred.errors()).isEqualTo(errors(100));
  }

  @Test
  void manyErrorsAreCountedAndTheFirstHundredListed() {
    CsvRejectedException rejected = new CsvRejectedException(errors(2_345));

    assertThat(rejected.getMessage())
        .isEqualTo("2,345 errors; nothing was imported (the first 100 are listed, and 2,245 more)");
    assertThat(rejected.errors()).isEqualTo(errors(100));
  }
}
