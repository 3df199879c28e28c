package io.rosterbridge.cleversim.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rosterbridge.cleversim.model.RecordType;
import io.rosterbridge.cleversim.rest.ApiRequest;
import io.rosterbridge.cleversim.rest.SimResponse;
import io.rosterbridge.cleversim.service.District;
import io.rosterbridge.cleversim.store.RecordFilter;
import io.rosterbridge.cleversim.store.Slice;
import java.util.List;
import java.util.Set;

/**
 * The simulated Clever log-in page: one link per user (class {@code login-user}, so a headless
 * browser can click one), paging by {@code after}, a role filter, and a form taking a user id.
 */
final class LoginPage {

  private static final int PAGE = 50;
  private static final Set<String> PAGING = Set.of("login_as", "after");
  private static final List<String> ROLES =
      List.of("student", "teacher", "staff", "district_admin", "contact");

  private LoginPage() {}

  static SimResponse users(ApiRequest request, District district) {
    String role = request.param("role");
    RecordFilter filter =
        role == null || role.isEmpty() ? RecordFilter.ALL : RecordFilter.role(role);
    String after = request.param("after");
    Slice slice =
        district.read(() -> district.collection(RecordType.USERS).after(after, PAGE, filter));
    StringBuilder body = new StringBuilder("<p>District ").append(Html.escape(district.id()));
    body.append("</p>\n<p>").append(roleFilters(request)).append("</p>\n<ul>\n");
    slice.items().forEach(user -> body.append(userItem(request, user)));
    body.append("</ul>\n");
    if (slice.more()) {
      String next = Html.link(request, Set.of("login_as"), "after", slice.lastId());
      body.append("<p><a class=\"more\" href=\"")
          .append(Html.escape(next))
          .append("\">More users</a></p>\n");
    }
    return SimResponse.html(200, Html.page("Log in with Clever (simulator)", body + form(request)));
  }

  private static String roleFilters(ApiRequest request) {
    StringBuilder out = new StringBuilder();
    for (String name : ROLES) {
      String href = Html.escape(Html.link(request, PAGING, "role", name));
      out.append("<a class=\"role-filter\" href=\"")
          .append(href)
          .append("\">")
          .append(name)
          .append("</a> ");
    }
    return out.toString();
  }

  static SimResponse districts(ApiRequest request, List<District> districts) {
    StringBuilder body = new StringBuilder("<p>Pick your district</p>\n<ul>\n");
    for (District district : districts) {
      String href = Html.link(request, PAGING, "district_id", district.id());
      body.append("<li><a class=\"district\" href=\"").append(Html.escape(href)).append("\">");
      body.append(Html.escape(district.id())).append("</a></li>\n");
    }
    return SimResponse.html(200, Html.page("Log in with Clever (simulator)", body + "</ul>\n"));
  }

  static SimResponse error(int status, String message) {
    return SimResponse.html(
        status,
        Html.page("Clever sign-in error", "<p class=\"error\">" + Html.escape(message) + "</p>\n"));
  }

  private static String userItem(ApiRequest request, ObjectNode user) {
    String id = user.path("id").asText();
    String href = Html.link(request, PAGING, "login_as", id);
    JsonNode name = user.path("name");
    String label = (name.path("first").asText("") + " " + name.path("last").asText("")).trim();
    List<String> roles = ROLES.stream().filter(user.path("roles")::has).toList();
    return "<li><a class=\"login-user\" data-user-id=\""
        + Html.escape(id)
        + "\" href=\""
        + Html.escape(href)
        + "\">"
        + Html.escape(label)
        + " ("
        + String.join(", ", roles)
        + ")</a></li>\n";
  }

  private static String form(ApiRequest request) {
    return "<form id=\"login-form\" method=\"get\" action=\""
        + Html.escape(request.path())
        + "\">\n"
        + Html.hiddenInputs(request, PAGING)
        + "<label>Clever user id <input id=\"login_as\" name=\"login_as\"></label>\n"
        + "<button type=\"submit\">Log in</button>\n</form>\n";
  }
}
