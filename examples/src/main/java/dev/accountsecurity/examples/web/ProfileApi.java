package dev.accountsecurity.examples.web;

import com.sun.net.httpserver.HttpHandler;
import dev.accountsecurity.core.AccountSecurity;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The profile server's routes, each to a small handler, behind one dispatcher that checks
 * cross-site requests, sizes and errors. Mount {@link #handler} at {@code /}.
 *
 * <table>
 * <caption>Routes</caption>
 * <tr><th>Route</th><th>Handler</th></tr>
 * <tr><td>POST /api/login, POST /api/login/code, POST /api/logout</td>
 *     <td>{@code LoginHandlers}</td></tr>
 * <tr><td>GET /api/me, PUT /api/profile, POST /api/password</td>
 *     <td>{@code ProfileHandlers}</td></tr>
 * <tr><td>POST /api/2fa/enrol, GET /api/2fa/qr.png, POST /api/2fa/confirm,
 *     POST /api/2fa/disable, POST /api/2fa/recovery-codes</td>
 *     <td>{@code TwoFactorHandlers}</td></tr>
 * <tr><td>GET /api/activity</td><td>{@code ActivityHandlers}</td></tr>
 * <tr><td>GET /api/sessions, DELETE /api/sessions/{id}, POST /api/sessions/revoke-others</td>
 *     <td>{@code SessionHandlers}</td></tr>
 * <tr><td>POST /api/admin/members/{userId}/reset-2fa</td><td>{@code AdminHandlers}</td></tr>
 * <tr><td>GET /, /profile.css, /profile.js</td><td>{@code StaticFiles}</td></tr>
 * </table>
 */
public final class ProfileApi {
  private ProfileApi() {}

  /**
   * How the server is reached.
   *
   * @param secureCookies whether the session cookie is marked Secure (the server is reached
   *     over HTTPS, through a proxy that terminates TLS)
   * @param trustedProxies CIDR networks of reverse proxies whose X-Forwarded-For is believed
   * @param origins the origins pages of this server have, such as {@code http://127.0.0.1:8080}
   */
  public record Settings(boolean secureCookies, List<String> trustedProxies, Set<String> origins) {
    /** Copies the lists. */
    public Settings {
      trustedProxies = List.copyOf(trustedProxies);
      origins = Set.copyOf(origins);
    }
  }

  /**
   * Builds the handler of every route.
   *
   * @param security the library
   * @param clock the clock the library uses, for the expiry of pending QR codes
   * @param settings how the server is reached
   * @return the handler to mount at {@code /}; thread-safe
   */
  public static HttpHandler handler(AccountSecurity security, Clock clock, Settings settings) {
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(settings, "settings");
    SessionCookie cookie = new SessionCookie(settings.secureCookies());
    PendingEnrolments pending = new PendingEnrolments(clock);
    Router router = routes(security, cookie, pending);
    return new Dispatcher(router, new CrossSiteGuard(settings.origins()),
        new ClientAddresses(settings.trustedProxies()), security.sessions(), cookie);
  }

  private static Router routes(AccountSecurity security, SessionCookie cookie,
      PendingEnrolments pending) {
    LoginHandlers login = new LoginHandlers(security.logins(), security.sessions(), cookie,
        pending);
    ProfileHandlers profile = new ProfileHandlers(security.accounts(), security.passwords(),
        security.twoFactor());
    TwoFactorHandlers twoFactor = new TwoFactorHandlers(security.twoFactor(),
        security.accounts(), pending);
    ActivityHandlers activity = new ActivityHandlers(security.activity());
    SessionHandlers sessions = new SessionHandlers(security.sessions(), cookie, pending);
    AdminHandlers admin = new AdminHandlers(security.twoFactor());
    StaticFiles files = new StaticFiles();
    return new Router()
        .post("/api/login", login::login)
        .post("/api/login/code", login::code)
        .post("/api/logout", login::logout)
        .get("/api/me", profile::me)
        .put("/api/profile", profile::updateProfile)
        .post("/api/password", profile::changePassword)
        .post("/api/2fa/enrol", twoFactor::enrol)
        .get(TwoFactorHandlers.QR_PATH, twoFactor::qr)
        .post("/api/2fa/confirm", twoFactor::confirm)
        .post("/api/2fa/disable", twoFactor::disable)
        .post("/api/2fa/recovery-codes", twoFactor::regenerateRecoveryCodes)
        .get("/api/activity", activity::page)
        .get("/api/sessions", sessions::list)
        .delete("/api/sessions/{id}", sessions::revoke)
        .post("/api/sessions/revoke-others", sessions::revokeOthers)
        .post("/api/admin/members/{userId}/reset-2fa", admin::resetTwoFactor)
        .get("/", files::page)
        .get("/profile.css", files::styles)
        .get("/profile.js", files::script);
  }
}
