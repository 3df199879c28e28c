package io.rosterbridge.sso.rest;

import io.rosterbridge.sso.service.LoginRefusal;
import io.rosterbridge.sso.service.SignInProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The pages a browser sees when signing in does not end in a session; each also ends any earlier
 * session of that browser.
 */
@ApplicationScoped
public class LoginPages {

  private final SessionCookies cookies;

  public LoginPages(SessionCookies cookies) {
    this.cookies = cookies;
  }

  /** The page explaining a refusal of Log in with Clever, with its status; never cached. */
  public Response refusal(LoginRefusal refusal) {
    return refusal(refusal, SignInProvider.CLEVER);
  }

  /** The page explaining a refusal of signing in with the provider; never cached. */
  public Response refusal(LoginRefusal refusal, SignInProvider provider) {
    SignInProvider restart =
        refusal == LoginRefusal.PROVIDER_NOT_AVAILABLE ? SignInProvider.CLEVER : provider;
    String html =
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Signing in did not work</title></head>\n<body>\n"
            + "<h1>Signing in did not work</h1>\n"
            + "<p id=\"reason\" data-reason=\""
            + refusal.name()
            + "\">"
            + escape(refusal.sentence(provider))
            + "</p>\n<p><a href=\""
            + restart.startPath()
            + "\">Start signing in again</a></p>\n"
            + "</body></html>\n";
    // On a shared device the refused sign-in is often the next person's: the previous one must
    // not stay signed in.
    return Response.status(refusal.status())
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .cookie(cookies.cleared())
        .entity(html)
        .build();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
