package io.rosterbridge.rosterctl.output;

import static io.rosterbridge.rosterctl.output.Formats.count;
import static io.rosterbridge.rosterctl.output.Formats.lower;

import io.rosterbridge.events.clever.EntityType;
import io.rosterbridge.events.report.OnboardingAnswers;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints the four answers a first connection's preview gives before anything applies. */
final class OnboardingPrinter {

  private final PrintWriter out;

  OnboardingPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(OnboardingAnswers a) {
    out.println();
    out.println("Onboarding answers");
    Table table = new Table("question", "answer");
    table.row("Does the district have users already?", existing(a));
    table.row(
        "Are there enough licences?",
        a.licencesSufficient() ? "yes" : "no: more active accounts than seats (see Licences)");
    table.row(
        "How many usernames match?",
        count(a.usernamesMatched())
            + " matched an existing account, "
            + count(a.usernamesUnmatched())
            + " did not");
    table.row("What happens to current data?", current(a));
    table.print(out, "  ");
  }

  private static String existing(OnboardingAnswers a) {
    if (a.existingAccounts() == 0) {
      return "no: every account will be new";
    }
    return "yes: "
        + count(a.existingAccounts())
        + " accounts ("
        + count(a.existingLegacyAccounts())
        + " pre-existing, "
        + count(a.existingManualAccounts())
        + " imported admins)";
  }

  private static String current(OnboardingAnswers a) {
    List<String> parts = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      long n = a.wouldSoftDelete().getOrDefault(type, 0L);
      if (n > 0) {
        parts.add(lower(type) + " " + count(n));
      }
    }
    return parts.isEmpty()
        ? "kept: nothing would be soft-deleted"
        : "would be soft-deleted (reversibly): " + String.join(", ", parts);
  }
}
