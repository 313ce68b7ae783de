package dev.accountsecurity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.api.CreateUserResult;
import dev.accountsecurity.api.LoginNameProblem;
import dev.accountsecurity.api.NewUser;
import dev.accountsecurity.api.PasswordRule;
import dev.accountsecurity.api.PasswordViolation;
import dev.accountsecurity.api.Profile;
import dev.accountsecurity.api.ProfileField;
import dev.accountsecurity.api.ProfileUpdateResult;
import dev.accountsecurity.api.ProfileViolation;
import dev.accountsecurity.api.ProfileViolation.Problem;
import dev.accountsecurity.api.TeamId;
import dev.accountsecurity.api.TeamMembership;
import dev.accountsecurity.api.TeamRole;
import dev.accountsecurity.api.UserAccount;
import dev.accountsecurity.api.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountsTest {
  private final Fixture f = new Fixture();

  private CreateUserResult create(String loginName, String password, String first, String last) {
    return f.security.accounts().create(new NewUser(loginName, password, first, last, null));
  }

  @Test
  void create_valid_storesCanonicalLoginNameAndNormalisedNames() {
    CreateUserResult result = create("  Ana.Lima@Example.COM ", Fixture.PASSWORD,
        " Jose\u0301 ", "Lima");

    UserAccount user = assertInstanceOf(CreateUserResult.Created.class, result).user();
    assertEquals("ana.lima@example.com", user.loginName());
    assertEquals(new Profile("Jos\u00e9", "Lima"), user.profile());
    assertEquals(f.clock.instant(), user.createdAt());
    assertEquals(user, f.security.accounts().findByLoginName("ANA.LIMA@example.com")
        .orElseThrow());
    assertTrue(f.users.findById(user.id()).orElseThrow().password().hash()
        .startsWith("$argon2id$"));
  }

  @ParameterizedTest
  @CsvSource({"'', EMPTY", "'   ', EMPTY", "'ana lima', ILLEGAL_CHARACTER",
      "'ana\u0000x', ILLEGAL_CHARACTER", "'ana\u200bx', ILLEGAL_CHARACTER"})
  void create_badLoginName_typedProblemNothingStored(String name, LoginNameProblem problem) {
    CreateUserResult result = create(name, Fixture.PASSWORD, "Ana", "Lima");

    assertEquals(problem,
        assertInstanceOf(CreateUserResult.InvalidLoginName.class, result).problem());
    assertTrue(f.security.accounts().findByLoginName(name).isEmpty());
  }

  @Test
  void create_tooLongOrTakenLoginName_refused() {
    assertEquals(LoginNameProblem.TOO_LONG, assertInstanceOf(
        CreateUserResult.InvalidLoginName.class,
        create("a".repeat(255), Fixture.PASSWORD, "Ana", "Lima")).problem());
    f.createUser("ana@example.com");
    assertEquals(LoginNameProblem.TAKEN, assertInstanceOf(
        CreateUserResult.InvalidLoginName.class,
        create("ANA@example.com", Fixture.PASSWORD, "Other", "User")).problem());
  }

  @Test
  void create_weakPassword_everyViolation() {
    CreateUserResult result = create("ana@example.com", "ana@example.com1", "Ana", "Lima");

    List<PasswordViolation> violations =
        assertInstanceOf(CreateUserResult.WeakPassword.class, result).violations();
    assertEquals(List.of(PasswordRule.MISSING_UPPERCASE, PasswordRule.CONTAINS_LOGIN_NAME),
        violations.stream().map(PasswordViolation::rule).toList());
    assertTrue(f.security.accounts().findByLoginName("ana@example.com").isEmpty());
  }

  @Test
  void create_withTeam_keepsMembership() {
    TeamMembership team = new TeamMembership(TeamId.of("acme"), TeamRole.ADMIN);

    UserAccount user = f.createUser("ana@example.com", team);

    assertEquals(team, f.security.accounts().find(user.id()).orElseThrow().team());
  }

  @Test
  void updateProfile_valid_trimmedAndNfc() {
    UserAccount user = f.createUser("ana@example.com");

    ProfileUpdateResult result = f.security.accounts().updateProfile(user.id(),
        "  Zo\u0065\u0308  ", "\u00c5ngstr\u00f6m");

    assertEquals(new Profile("Zo\u00eb", "\u00c5ngstr\u00f6m"),
        assertInstanceOf(ProfileUpdateResult.Updated.class, result).profile());
    assertEquals(new Profile("Zo\u00eb", "\u00c5ngstr\u00f6m"),
        f.security.accounts().find(user.id()).orElseThrow().profile());
  }

  @Test
  void updateProfile_invalidFields_namedAndNothingChanged() {
    UserAccount user = f.createUser("ana@example.com");

    ProfileUpdateResult control = f.security.accounts().updateProfile(user.id(), "Ana\u0007",
        " ");
    ProfileUpdateResult format = f.security.accounts().updateProfile(user.id(), "Ana",
        "Li\u200bma");
    ProfileUpdateResult tooLong = f.security.accounts().updateProfile(user.id(),
        "\ud83d\ude00".repeat(101), "x".repeat(1_000_000));

    assertEquals(List.of(new ProfileViolation(ProfileField.FIRST_NAME, Problem.CONTROL_CHARACTER),
        new ProfileViolation(ProfileField.LAST_NAME, Problem.EMPTY)),
        assertInstanceOf(ProfileUpdateResult.Invalid.class, control).violations());
    assertEquals(List.of(new ProfileViolation(ProfileField.LAST_NAME, Problem.CONTROL_CHARACTER)),
        assertInstanceOf(ProfileUpdateResult.Invalid.class, format).violations());
    assertEquals(List.of(new ProfileViolation(ProfileField.FIRST_NAME, Problem.TOO_LONG),
        new ProfileViolation(ProfileField.LAST_NAME, Problem.TOO_LONG)),
        assertInstanceOf(ProfileUpdateResult.Invalid.class, tooLong).violations());
    assertEquals(new Profile("Ana", "Lima"),
        f.security.accounts().find(user.id()).orElseThrow().profile());
  }

  @Test
  void updateProfile_hugeNameCutMidSurrogatePair_tooLongNotControl() {
    // A huge name is cut before normalising; cutting between the halves of an emoji once made
    // a lone surrogate, and the answer said "control character" for a name that was only long.
    UserAccount user = f.createUser("ana@example.com");

    ProfileUpdateResult result = f.security.accounts().updateProfile(user.id(),
        "a" + "\ud83d\ude00".repeat(500_000), "Lima");

    assertEquals(List.of(new ProfileViolation(ProfileField.FIRST_NAME, Problem.TOO_LONG)),
        assertInstanceOf(ProfileUpdateResult.Invalid.class, result).violations());
  }

  @Test
  void updateProfile_hundredCodePoints_accepted() {
    UserAccount user = f.createUser("ana@example.com");

    ProfileUpdateResult result = f.security.accounts().updateProfile(user.id(),
        "\ud83d\ude00".repeat(100), "L");

    assertInstanceOf(ProfileUpdateResult.Updated.class, result);
  }

  @Test
  void updateProfile_unknownUser_typed() {
    assertInstanceOf(ProfileUpdateResult.UnknownUser.class,
        f.security.accounts().updateProfile(UserId.of("nobody"), "Ana", "Lima"));
  }

  @Test
  void nullArguments_failFastWithName() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> f.security.accounts().create(null));
    assertEquals("request", e.getMessage());
    e = assertThrows(NullPointerException.class,
        () -> f.security.accounts().updateProfile(UserId.of("u"), null, "x"));
    assertEquals("firstName", e.getMessage());
  }

  @Test
  void builder_missingStoreOrKeys_namedInError() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> AccountSecurity.builder().build());
    assertTrue(e.getMessage().startsWith("userStore must be set"), e.getMessage());
    e = assertThrows(IllegalStateException.class,
        () -> AccountSecurity.builder().inMemoryStores().build());
    assertTrue(e.getMessage().startsWith("totpKeys must be set"), e.getMessage());
  }
}
