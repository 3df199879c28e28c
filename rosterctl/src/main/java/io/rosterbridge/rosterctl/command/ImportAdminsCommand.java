package io.rosterbridge.rosterctl.command;

import io.rosterbridge.rosterctl.CtlException;
import io.rosterbridge.rosterctl.ExitCodes;
import io.rosterbridge.rosterctl.client.FetcherClient;
import io.rosterbridge.rosterctl.client.Problem;
import io.rosterbridge.rosterctl.client.WriterClient;
import io.rosterbridge.rosterctl.client.WriterClient.CsvRejected;
import io.rosterbridge.rosterctl.client.WriterClient.UploadTooLarge;
import io.rosterbridge.rosterctl.client.WriterViews.ImportSummary;
import io.rosterbridge.rosterctl.config.CtlConfig;
import io.rosterbridge.rosterctl.output.Formats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rosterctl import-admins}: imports an admins CSV file into a district, all or nothing. */
@Command(
    name = "import-admins",
    sortOptions = false,
    description = {
      "Import admins (and pre-existing accounts) from a CSV file.",
      "POST /districts/D/imports/admins on the roster-writer. Columns: username, role, school_id,"
          + " first_name, last_name. All or nothing: when any row is wrong, every row error is"
          + " printed and nothing is imported. The district must be connected in Clever (as"
          + " clever-fetcher lists it) unless --allow-unconnected."
    })
public class ImportAdminsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ConnectedDistrictOptions district;

  @Parameters(paramLabel = "FILE", description = "The CSV file (UTF-8).")
  Path file;

  @Mixin GlobalOptions global;

  private final WriterClient writer;
  private final FetcherClient fetcher;
  private final long maxBodySize;

  public ImportAdminsCommand(WriterClient writer, FetcherClient fetcher, CtlConfig config) {
    this.writer = writer;
    this.fetcher = fetcher;
    this.maxBodySize = config.writerMaxBodySize().asLongValue();
  }

  @Override
  public Integer call() {
    byte[] csv = read(file);
    if (csv.length > maxBodySize) {
      throw new CtlException(
          tooLarge(csv.length)
              + ", at most "
              + Formats.size(maxBodySize)
              + "); split it into smaller files and import each");
    }
    String districtId = district.connected(fetcher, global.requester());
    try {
      ImportSummary summary = writer.importAdmins(districtId, csv, global.requester());
      spec.commandLine()
          .getOut()
          .println(
              "imported "
                  + file
                  + " into district "
                  + districtId
                  + ": "
                  + summary.created()
                  + " created, "
                  + summary.updated()
                  + " updated, "
                  + summary.unchanged()
                  + " unchanged");
      return ExitCodes.OK;
    } catch (CsvRejected rejected) {
      printRejection(rejected.problem());
      return ExitCodes.FAILED;
    } catch (UploadTooLarge refused) {
      throw new CtlException(
          tooLarge(csv.length)
              + "; it answered 413); split it into smaller files and import each, and set"
              + " ROSTERCTL_WRITER_MAX_BODY_SIZE to the writer's quarkus.http.limits.max-body-size",
          refused);
    }
  }

  private String tooLarge(long size) {
    return file + " is larger than the roster-writer accepts (" + Formats.size(size);
  }

  private void printRejection(Problem problem) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(file + " was rejected: " + problem.message());
    for (Problem.RowError error : problem.errors()) {
      err.println(
          (error.line() == 0 ? file + ": " : file + ":" + error.line() + ": ") + error.message());
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CtlException("cannot read " + file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new CtlException("cannot read " + file + ": permission denied", e);
    } catch (IOException e) {
      String why = Files.isDirectory(file) ? "it is a directory" : e.toString();
      throw new CtlException("cannot read " + file + ": " + why, e);
    }
  }
}
