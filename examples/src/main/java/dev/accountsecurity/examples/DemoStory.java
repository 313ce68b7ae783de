package dev.accountsecurity.examples;

import dev.accountsecurity.api.AdminResetResult;
import dev.accountsecurity.api.ChallengeToken;
import dev.accountsecurity.api.CreateUserResult;
import dev.accountsecurity.api.Enrolment;
import dev.accountsecurity.api.EnrolmentResult;
import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.api.NewUser;
import dev.accountsecurity.api.PasswordChangeResult;
import dev.accountsecurity.api.PasswordViolation;
import dev.accountsecurity.api.ProfileUpdateResult;
import dev.accountsecurity.api.ProfileViolation;
import dev.accountsecurity.api.RecoveryCodes;
import dev.accountsecurity.api.ResetRequestResult;
import dev.accountsecurity.api.ResetResult;
import dev.accountsecurity.api.Session;
import dev.accountsecurity.api.SessionToken;
import dev.accountsecurity.api.TeamId;
import dev.accountsecurity.api.TeamMembership;
import dev.accountsecurity.api.TeamRole;
import dev.accountsecurity.api.UserAccount;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.core.AccountSecurity;
import dev.accountsecurity.qrcode.QrCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's story, chapter by chapter: a team, two-factor, logins from many devices, the login
 * activity, sessions, a lost phone, a forgotten password and the security events. Each step
 * prints one line; an answer the story does not expect stops it with a {@link DemoFailure}.
 */
final class DemoStory {
  static final Duration TOTP_STEP = Duration.ofSeconds(30);
  private static final TeamId ACME = TeamId.of("acme");
  private static final String FIRST_PASSWORD = "Tulip-Harbour-Violin-42";
  private static final String SECOND_PASSWORD = "Quiet-Meadow-Lantern-7";
  private static final String RESET_PASSWORD = "Amber-Canyon-Whistle-93";
  private static final String ADMIN_PASSWORD = "Copper-Falcon-Orchard-15";
  private static final int QR_PIXELS = 300;

  private final AccountSecurity security;
  private final MutableClock clock;
  private final Console console;
  private final Path out;
  private final String nameTag;
  private final SignIns signIns;
  private final Map<UserId, String> loginNames = new LinkedHashMap<>();
  private final Map<DemoDevice, Session> memberSessions = new LinkedHashMap<>();

  private UserId admin;
  private UserId member;
  private String memberPassword = FIRST_PASSWORD;
  private Authenticator memberPhone;
  private List<String> recoveryCodes = List.of();

  /**
   * @param nameTag added to the login names, so that runs against a shared database do not
   *     collide; empty for a fresh one
   */
  DemoStory(AccountSecurity security, MutableClock clock, Console console, Path out,
      String nameTag) {
    this.security = security;
    this.clock = clock;
    this.console = console;
    this.out = out;
    this.nameTag = nameTag;
    this.signIns = new SignIns(security.logins(), clock);
    // Placeholders until chapters 1 and 2 create the users and scan the first QR code.
    this.admin = UserId.of("unset");
    this.member = admin;
    this.memberPhone = Authenticator.scan("AAAAAAAAAAAAAAAA", clock);
  }

  Map<UserId, String> loginNames() {
    return loginNames;
  }

  void run() throws IOException {
    team();
    twoFactor();
    new DemoLogins(this).run();
    new DemoReports(this).activity();
    new DemoReports(this).sessions();
    lostPhone();
    forgottenPassword();
  }

  // Chapter 1 ----------------------------------------------------------------------------------

  private void team() {
    console.chapter(1, "Team \"Acme\": an admin and a member");
    admin = create(new NewUser(loginName("ada"), ADMIN_PASSWORD, "Ada", "Lovelace",
        new TeamMembership(ACME, TeamRole.ADMIN)), "Admin created");
    for (String weak : List.of("password1", "Summer2024", loginName("ben") + "1")) {
      refuseWeak(weak);
    }
    member = create(new NewUser(loginName("ben"), FIRST_PASSWORD, "Ben", "Smith",
        new TeamMembership(ACME, TeamRole.MEMBER)), "Member created");
    changePassword();
    rename();
  }

  String loginName(String who) {
    return who + nameTag + "@acme.example";
  }

  private UserId create(NewUser request, String label) {
    CreateUserResult result = security.accounts().create(request);
    if (!(result instanceof CreateUserResult.Created)) {
      throw new DemoFailure(label, result);
    }
    UserAccount user = ((CreateUserResult.Created) result).user();
    loginNames.put(user.id(), user.loginName());
    console.step(label, user.loginName() + "  (" + user.profile().firstName() + " "
        + user.profile().lastName() + ", team " + ACME + ", " + role(user) + ")");
    return user.id();
  }

  private static String role(UserAccount user) {
    return user.team() != null && user.team().role() == TeamRole.ADMIN ? "admin" : "member";
  }

  private void refuseWeak(String weak) {
    NewUser request = new NewUser(loginName("ben"), weak, "Ben", "Smith",
        new TeamMembership(ACME, TeamRole.MEMBER));
    CreateUserResult result = security.accounts().create(request);
    if (!(result instanceof CreateUserResult.WeakPassword)) {
      throw new DemoFailure("weak password " + weak, result);
    }
    printViolations("Password \"" + weak + "\" refused",
        ((CreateUserResult.WeakPassword) result).violations());
  }

  private void printViolations(String label, List<PasswordViolation> violations) {
    for (int i = 0; i < violations.size(); i++) {
      String message = "- " + violations.get(i).message();
      if (i == 0) {
        console.step(label, message);
      } else {
        console.more(message);
      }
    }
  }

  private void changePassword() {
    PasswordChangeResult wrong = security.passwords()
        .change(member, "Not-The-Current-One-1", SECOND_PASSWORD, null);
    if (!(wrong instanceof PasswordChangeResult.WrongCurrentPassword)) {
      throw new DemoFailure("change with a wrong current password", wrong);
    }
    console.step("Wrong current password refused", "nothing changed");
    PasswordChangeResult result = security.passwords()
        .change(member, FIRST_PASSWORD, SECOND_PASSWORD, null);
    if (!(result instanceof PasswordChangeResult.Changed)) {
      throw new DemoFailure("password change", result);
    }
    memberPassword = SECOND_PASSWORD;
    console.step("Password changed", "current password verified, new one stored as Argon2id");
  }

  private void rename() {
    ProfileUpdateResult invalid = security.accounts().updateProfile(member, "Benjamin", " ");
    if (!(invalid instanceof ProfileUpdateResult.Invalid)) {
      throw new DemoFailure("empty last name", invalid);
    }
    List<ProfileViolation> violations = ((ProfileUpdateResult.Invalid) invalid).violations();
    console.step("Names \"Benjamin\" \" \" refused", "- " + violations.get(0).message());
    ProfileUpdateResult result = security.accounts().updateProfile(member, "Benjamin", "Okafor");
    if (!(result instanceof ProfileUpdateResult.Updated)) {
      throw new DemoFailure("profile update", result);
    }
    console.step("Names updated", "Ben Smith -> Benjamin Okafor");
  }

  // Chapter 2 ----------------------------------------------------------------------------------

  private void twoFactor() throws IOException {
    console.chapter(2, "Two-factor authentication for " + loginNames.get(member));
    Enrolment enrolment = begin(member);
    console.step("Enrolment begun", "confirm before " + Labels.time(enrolment.expiresAt())
        + " UTC");
    console.step("otpauth URI", enrolment.otpauthUri());
    console.step("QR code written", writeQr(enrolment, "ben-2fa-qr.png").toString());
    memberPhone = Authenticator.scan(enrolment.secret().base32(), clock);
    String code = memberPhone.code();
    recoveryCodes = confirm(member, code).codes();
    console.step("Code from the app", code + "  (time step of " + Labels.time(clock.instant())
        + ")");
    console.step("Two-factor enabled", recoveryCodes.size() + " recovery codes, shown once:");
    printCodes(recoveryCodes);
  }

  Enrolment begin(UserId user) {
    return security.twoFactor().beginEnrolment(user)
        .orElseThrow(() -> new DemoFailure("begin enrolment", "none"));
  }

  RecoveryCodes confirm(UserId user, String code) {
    EnrolmentResult result = security.twoFactor().confirmEnrolment(user, code);
    if (!(result instanceof EnrolmentResult.Enabled)) {
      throw new DemoFailure("confirm enrolment", result);
    }
    return ((EnrolmentResult.Enabled) result).recoveryCodes();
  }

  private Path writeQr(Enrolment enrolment, String fileName) throws IOException {
    Files.createDirectories(out);
    Path file = out.resolve(fileName);
    Files.write(file, QrCodes.png(enrolment.otpauthUri(), QR_PIXELS));
    return file;
  }

  private void printCodes(List<String> codes) {
    List<String> row = new ArrayList<>();
    for (String code : codes) {
      row.add(code);
      if (row.size() == 3) {
        console.more(String.join("  ", row));
        row.clear();
      }
    }
    if (!row.isEmpty()) {
      console.more(String.join("  ", row));
    }
  }

  // Chapter 6 ----------------------------------------------------------------------------------

  private void lostPhone() throws IOException {
    console.chapter(6, "The phone is lost: the team admin resets the member's two-factor");
    Authenticator adminPhone = Authenticator.scan(begin(admin).secret().base32(), clock);
    confirm(admin, adminPhone.code());
    console.step("Admin enrols two-factor too", "enabled");
    clock.advance(TOTP_STEP);
    SessionToken adminSession = signIns.withCode(loginNames.get(admin), ADMIN_PASSWORD,
        DemoDevice.ADMIN_LAPTOP, adminPhone).token();
    console.step("Admin signed in", "password and code, from " + DemoDevice.ADMIN_LAPTOP.name());
    memberTriesAdminReset();
    String reason = "Phone lost; identity checked on a video call (ticket ACME-1042)";
    AdminResetResult result = security.twoFactor().adminReset(adminSession, member, reason);
    if (!(result instanceof AdminResetResult.Reset)) {
      throw new DemoFailure("admin reset", result);
    }
    console.step("2FA reset by admin", "reason: " + reason);
    console.more(Labels.count(((AdminResetResult.Reset) result).sessionsRevoked(), "session")
        + " of the member ended");
    enrolAgain();
  }

  private void memberTriesAdminReset() {
    SessionToken memberSession = signIns.withCode(loginNames.get(member), memberPassword,
        DemoDevice.CHROME_WINDOWS, memberPhone).token();
    console.step("Member signed in", "password and code, from " + DemoDevice.CHROME_WINDOWS.name());
    AdminResetResult result = security.twoFactor()
        .adminReset(memberSession, admin, "I want to be admin");
    if (!(result instanceof AdminResetResult.Refused)
        || ((AdminResetResult.Refused) result).reason() != AdminResetResult.Reason.NOT_AN_ADMIN) {
      throw new DemoFailure("member resets the admin", result);
    }
    console.step("Member tries to reset the admin", "refused: only a team admin may do that");
  }

  private void enrolAgain() throws IOException {
    clock.advance(TOTP_STEP);
    signIns.withPassword(loginNames.get(member), memberPassword, DemoDevice.CHROME_WINDOWS);
    console.step("Member signs in", "password only, as two-factor is off now");
    Enrolment enrolment = begin(member);
    console.step("New QR code written", writeQr(enrolment, "ben-2fa-qr-new-phone.png")
        .toString());
    memberPhone = Authenticator.scan(enrolment.secret().base32(), clock);
    recoveryCodes = confirm(member, memberPhone.code()).codes();
    console.step("Two-factor enabled again", "on the new phone, with "
        + recoveryCodes.size() + " new recovery codes");
  }

  // Chapter 7 ----------------------------------------------------------------------------------

  private void forgottenPassword() {
    console.chapter(7, "A forgotten password");
    String name = loginNames.get(member);
    ResetRequestResult request = security.passwords().requestReset(name,
        DemoDevice.CHROME_WINDOWS.client());
    if (!(request instanceof ResetRequestResult.Issued)) {
      throw new DemoFailure("reset request", request);
    }
    ResetRequestResult.Issued issued = (ResetRequestResult.Issued) request;
    console.step("Reset requested", "a one-time token goes out by mail, valid until "
        + Labels.time(issued.expiresAt()));
    ResetResult weak = security.passwords().completeReset(issued.token(), "password1");
    if (!(weak instanceof ResetResult.PolicyViolated)) {
      throw new DemoFailure("reset with a weak password", weak);
    }
    printViolations("Weak new password refused", ((ResetResult.PolicyViolated) weak).violations());
    completeReset(issued);
    nextLogin(name);
  }

  private void completeReset(ResetRequestResult.Issued issued) {
    ResetResult result = security.passwords().completeReset(issued.token(), RESET_PASSWORD);
    if (!(result instanceof ResetResult.Completed)) {
      throw new DemoFailure("reset", result);
    }
    String old = memberPassword;
    memberPassword = RESET_PASSWORD;
    console.step("Password reset completed", Labels.count(
        ((ResetResult.Completed) result).sessionsRevoked(), "session") + " ended");
    ResetResult again = security.passwords().completeReset(issued.token(), "Another-Try-Later-55");
    console.step("The same token again", again instanceof ResetResult.InvalidToken
        ? "refused: the token is used up" : "accepted?! " + again);
    LoginResult oldLogin = signIns.password(loginNames.get(member), old, DemoDevice.CHROME_WINDOWS);
    console.step("The old password", SignIns.refused(oldLogin, "old password").reason()
        .publicMessage());
  }

  private void nextLogin(String name) {
    clock.advance(TOTP_STEP);
    DemoDevice device = DemoDevice.CHROME_WINDOWS_IPV6;
    ChallengeToken challenge = SignIns.challenge(
        signIns.password(name, memberPassword, device), device);
    console.step("Next login", "password accepted, then the code is asked");
    String code = memberPhone.code();
    SignIns.signedIn(signIns.code(challenge, code, device), device);
    console.step("", "code " + code + " accepted: signed in");
  }

  // Shared with the other chapters ---------------------------------------------------------------

  AccountSecurity security() {
    return security;
  }

  MutableClock clock() {
    return clock;
  }

  Console console() {
    return console;
  }

  SignIns signIns() {
    return signIns;
  }

  UserId member() {
    return member;
  }

  String memberPassword() {
    return memberPassword;
  }

  Authenticator memberPhone() {
    return memberPhone;
  }

  List<String> recoveryCodes() {
    return recoveryCodes;
  }

  Map<DemoDevice, Session> memberSessions() {
    return memberSessions;
  }
}
