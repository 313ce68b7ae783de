package dev.accountsecurity.core;

import dev.accountsecurity.api.Accounts;
import dev.accountsecurity.api.CreateUserResult;
import dev.accountsecurity.api.LoginNameProblem;
import dev.accountsecurity.api.NewUser;
import dev.accountsecurity.api.PasswordCheck;
import dev.accountsecurity.api.PasswordRule;
import dev.accountsecurity.api.PasswordViolation;
import dev.accountsecurity.api.Profile;
import dev.accountsecurity.api.ProfileUpdateResult;
import dev.accountsecurity.api.ProfileViolation;
import dev.accountsecurity.api.TeamMembership;
import dev.accountsecurity.api.UserAccount;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.core.password.PasswordText;
import dev.accountsecurity.spi.StoredPassword;
import dev.accountsecurity.spi.UserRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Creates users and keeps their profile names and team. */
final class AccountService implements Accounts {
  private final Core core;

  AccountService(Core core) {
    this.core = core;
  }

  /** What a host may see of a stored user. */
  static UserAccount view(UserRecord user) {
    return new UserAccount(user.id(), user.loginName(), user.profile(), user.team(),
        user.twoFactorEnabled(), user.password().changeRequired(), user.createdAt());
  }

  @Override
  public CreateUserResult create(NewUser request) {
    Objects.requireNonNull(request, "request");
    Optional<LoginNameProblem> nameProblem = LoginNames.problem(request.loginName());
    if (nameProblem.isPresent()) {
      return new CreateUserResult.InvalidLoginName(nameProblem.get());
    }
    String loginName = LoginNames.canonical(request.loginName()).orElseThrow();
    Profile profile = ProfileRules.normalize(request.firstName(), request.lastName());
    List<ProfileViolation> profileViolations = ProfileRules.violations(profile);
    if (!profileViolations.isEmpty()) {
      return new CreateUserResult.InvalidProfile(profileViolations);
    }
    PasswordCheck check = core.policy().check(loginName, request.password(), false);
    if (!check.isAcceptable()) {
      return new CreateUserResult.WeakPassword(check.violations());
    }
    if (!core.hasher().accepts(request.password())) {
      return new CreateUserResult.WeakPassword(List.of(tooLongForBcrypt(request.password())));
    }
    return store(request, loginName, profile);
  }

  private CreateUserResult store(NewUser request, String loginName, Profile profile) {
    Instant now = core.clock().instant();
    StoredPassword password = core.hasher().hash(request.password(), core.policy().version(), now);
    UserRecord user = UserRecord.create(UserId.of(core.random().newId()), loginName, profile,
        password, now);
    if (request.team() != null) {
      user = withTeam(user, request.team());
    }
    if (!core.users().create(user)) {
      return new CreateUserResult.InvalidLoginName(LoginNameProblem.TAKEN);
    }
    return new CreateUserResult.Created(view(user));
  }

  static PasswordViolation tooLongForBcrypt(String password) {
    int bytes = PasswordText.normalize(password).getBytes(StandardCharsets.UTF_8).length;
    return PasswordViolation.of(PasswordRule.TOO_LONG, "maximum", 72, "actual", bytes);
  }

  private static UserRecord withTeam(UserRecord user, TeamMembership team) {
    return new UserRecord(user.id(), user.loginName(), user.profile(), team, user.password(),
        user.passwordHistory(), user.totpSecret(), user.lastTotpStep(), user.pendingTotp(),
        user.recoveryCodes(), user.createdAt());
  }

  @Override
  public Optional<UserAccount> find(UserId user) {
    Objects.requireNonNull(user, "user");
    return core.users().findById(user).map(AccountService::view);
  }

  @Override
  public Optional<UserAccount> findByLoginName(String loginName) {
    Objects.requireNonNull(loginName, "loginName");
    return LoginNames.canonical(loginName)
        .flatMap(core.users()::findByLoginName)
        .map(AccountService::view);
  }

  @Override
  public ProfileUpdateResult updateProfile(UserId user, String firstName, String lastName) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Profile profile = ProfileRules.normalize(firstName, lastName);
    List<ProfileViolation> violations = ProfileRules.violations(profile);
    if (!violations.isEmpty()) {
      return new ProfileUpdateResult.Invalid(violations);
    }
    return core.users().updateProfile(user, profile) ? new ProfileUpdateResult.Updated(profile)
        : new ProfileUpdateResult.UnknownUser();
  }

  @Override
  public boolean setTeam(UserId user, @Nullable TeamMembership membership) {
    Objects.requireNonNull(user, "user");
    return core.users().updateTeam(user, membership);
  }
}
