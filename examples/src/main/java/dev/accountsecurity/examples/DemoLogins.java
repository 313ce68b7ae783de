package dev.accountsecurity.examples;

import dev.accountsecurity.api.ChallengeToken;
import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.api.RefusalReason;
import dev.accountsecurity.api.Session;
import java.time.Duration;

/**
 * Chapter 3 of the demo: the member signs in from six devices in several countries, a used code
 * is replayed, a script guesses passwords until it is throttled, and a recovery code stands in
 * for the phone.
 */
final class DemoLogins {
  private static final int MAX_GUESSES = 50;

  private final DemoStory story;
  private final Console console;
  private final SignIns signIns;
  private final String name;

  DemoLogins(DemoStory story) {
    this.story = story;
    this.console = story.console();
    this.signIns = story.signIns();
    this.name = story.loginNames().get(story.member());
  }

  void run() {
    console.chapter(3, "Logins from six devices, each with the code of its own 30-second step");
    TextTable table = TextTable.of("Device (as detected)", "Type", "IP address", "Location",
        "Code", "Result");
    String lastCode = "";
    for (DemoDevice device : DemoDevice.EVERYDAY) {
      story.clock().advance(DemoStory.TOTP_STEP);
      lastCode = story.memberPhone().code();
      Session session = signInWith(device, lastCode);
      table.row(Labels.device(session.device()), Labels.deviceType(session.device().type()),
          session.ipAddress(), Labels.location(session.location()), lastCode, "signed in");
    }
    console.table(table);
    console.line("");
    replay(lastCode);
    throttling();
    recoveryCode();
  }

  private Session signInWith(DemoDevice device, String code) {
    ChallengeToken challenge = SignIns.challenge(
        signIns.password(name, story.memberPassword(), device), device);
    Session session = SignIns.signedIn(signIns.code(challenge, code, device), device).session();
    story.memberSessions().put(device, session);
    return session;
  }

  private void replay(String usedCode) {
    DemoDevice device = DemoDevice.SAFARI_IPHONE;
    ChallengeToken challenge = SignIns.challenge(
        signIns.password(name, story.memberPassword(), device), device);
    LoginResult replayed = signIns.code(challenge, usedCode, device);
    RefusalReason reason = SignIns.refused(replayed, "replayed code").reason();
    if (reason != RefusalReason.CODE_ALREADY_USED) {
      throw new DemoFailure("replayed code", replayed);
    }
    console.step("Replayed code refused", usedCode + " again, on " + device.name() + ": "
        + reason.publicMessage());
    story.clock().advance(DemoStory.TOTP_STEP);
    String next = story.memberPhone().code();
    Session session = SignIns.signedIn(signIns.code(challenge, next, device), device).session();
    story.memberSessions().put(device, session);
    console.step("The next code, 30 s later", next + " on the same sign-in: signed in");
  }

  private void throttling() {
    int wrong = 0;
    LoginResult.Refused refusal = guess(wrong);
    while (refusal.reason() == RefusalReason.WRONG_PASSWORD && wrong < MAX_GUESSES) {
      refusal = guess(++wrong);
    }
    if (refusal.retryAfter() == null) {
      throw new DemoFailure("password guessing", refusal);
    }
    DemoDevice script = DemoDevice.SCRIPT;
    console.step("Wrong password, " + wrong + " times", "from " + script.name() + " at "
        + script.address() + ": " + RefusalReason.WRONG_PASSWORD.publicMessage());
    console.step("Throttled", refusal.reason().publicMessage());
    console.more("retry after " + Labels.duration(refusal.retryAfter()));
    LoginResult early = signIns.password(name, story.memberPassword(), DemoDevice.CHROME_WINDOWS);
    Duration wait = SignIns.refused(early, "right password while throttled").retryAfter();
    console.step("The member, right password", "refused as well: retry after "
        + Labels.duration(wait == null ? Duration.ZERO : wait));
    Duration pause = wait == null || wait.compareTo(DemoStory.TOTP_STEP) < 0
        ? DemoStory.TOTP_STEP : wait;
    story.clock().advance(pause);
    String code = story.memberPhone().code();
    signInWith(DemoDevice.CHROME_WINDOWS, code);
    console.step(Labels.duration(pause) + " later", "password and code " + code
        + ": signed in");
  }

  /** A script guesses fast: a fifth of a second between tries. */
  private LoginResult.Refused guess(int attempt) {
    LoginResult result = story.security().logins()
        .login(name, "Guess-" + attempt + "-password", DemoDevice.SCRIPT.client());
    story.clock().advance(Duration.ofMillis(200));
    return SignIns.refused(result, "password guess " + attempt);
  }

  private void recoveryCode() {
    story.clock().advance(DemoStory.TOTP_STEP);
    DemoDevice device = DemoDevice.EDGE_MAC;
    ChallengeToken challenge = SignIns.challenge(
        signIns.password(name, story.memberPassword(), device), device);
    String code = story.recoveryCodes().get(0);
    Session session = SignIns.signedIn(signIns.code(challenge, code, device), device).session();
    story.memberSessions().put(device, session);
    int left = story.security().twoFactor().remainingRecoveryCodes(story.member());
    console.step("Recovery code used", code + " on " + device.name()
        + ", the phone left at home: signed in, " + left + " codes left");
  }
}
