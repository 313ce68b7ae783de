package dev.accountsecurity.examples.web;

import dev.accountsecurity.api.LoginActivity;
import dev.accountsecurity.api.LoginEventPage;
import dev.accountsecurity.api.Session;

/** {@code GET /api/activity?cursor=}: the caller's login events, newest first. Thread-safe. */
final class ActivityHandlers {
  static final int PAGE_SIZE = 20;

  private final LoginActivity activity;

  ActivityHandlers(LoginActivity activity) {
    this.activity = activity;
  }

  Reply page(Call call) {
    Session session = call.session();
    String cursor = call.query("cursor");
    LoginEventPage page;
    try {
      page = activity.events(session.user(), cursor == null || cursor.isEmpty() ? null : cursor,
          PAGE_SIZE);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("bad_cursor", "The cursor is not one this server gave out.");
    }
    return Reply.json(Json.object(
        "events", page.events().stream().map(e -> Views.Event.of(e, session.id())).toList(),
        "nextCursor", page.nextCursor()));
  }
}
