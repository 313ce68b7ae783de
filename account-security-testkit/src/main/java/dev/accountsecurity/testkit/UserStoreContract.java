package dev.accountsecurity.testkit;

import static dev.accountsecurity.testkit.TestData.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.api.Profile;
import dev.accountsecurity.api.TeamId;
import dev.accountsecurity.api.TeamMembership;
import dev.accountsecurity.api.TeamRole;
import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.EncryptedSecret;
import dev.accountsecurity.spi.PendingTotp;
import dev.accountsecurity.spi.RecoveryCodeHash;
import dev.accountsecurity.spi.StoredPassword;
import dev.accountsecurity.spi.UserRecord;
import dev.accountsecurity.spi.UserStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link UserStore} keeps, as a JUnit 5 suite.
 *
 * <p>To run it against an implementation, extend it in test sources and return a fresh, empty
 * store from {@link #newStore()}; JUnit runs every test of this class for the subclass:
 *
 * <pre>{@code
 * class RedisUserStoreTest extends UserStoreContract {
 *   @Override
 *   protected UserStore newStore() {
 *     redis.flushAll();
 *     return new RedisUserStore(redis.client());
 *   }
 * }
 * }</pre>
 *
 * <p>The suite checks every operation's normal path and its refusals (an unknown user, a stale
 * expected value), that every component of a {@link UserRecord} is read back exactly, hostile
 * and longest texts included, and that the operations documented as atomic hold when {@link
 * #concurrency()} threads race on them. The store must be safe to call from many threads.
 */
public abstract class UserStoreContract {
  private UserStore store;

  /** Creates the suite; subclasses are run by JUnit. */
  protected UserStoreContract() {}

  /**
   * Returns the store under test, empty. Called before each test.
   *
   * @return a fresh store holding no user
   */
  protected abstract UserStore newStore();

  /**
   * Returns how many threads the concurrency tests race; override for a store with a smaller
   * connection pool.
   *
   * @return the number of threads, 32 by default
   */
  protected int concurrency() {
    return 32;
  }

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  // ---- create and find

  @Test
  void create_newUser_foundByIdAndLoginName() {
    UserRecord user = TestData.user("ada@example.com");

    assertTrue(store.create(user));

    assertEquals(Optional.of(user), store.findById(user.id()));
    assertEquals(Optional.of(user), store.findByLoginName("ada@example.com"));
  }

  @Test
  void create_everyComponentSet_readBackExactly() {
    UserRecord user = TestData.fullUser("zoe@example.com");

    assertTrue(store.create(user));

    assertEquals(Optional.of(user), store.findById(user.id()));
  }

  @Test
  void create_hostileTextsOfMaximumLength_readBackExactly() {
    String loginName = TestData.hostileText("o'brien", TestData.MAX_LOGIN_NAME_LENGTH);
    int longest = TestData.MAX_PROFILE_NAME_CODE_POINTS;
    Profile profile = new Profile(
        TestData.hostileText("Robert'); DROP TABLE users;--", longest),
        TestData.hostileText("\\\"%_", longest));
    UserRecord user = withProfile(TestData.user(loginName), profile);

    assertTrue(store.create(user));

    assertEquals(Optional.of(user), store.findById(user.id()));
    assertEquals(Optional.of(user), store.findByLoginName(loginName));
  }

  @Test
  void create_profileNamesOutsideBasicPlane_readBackExactly() {
    String name = TestData.longestProfileName();
    UserRecord user = withProfile(TestData.user("han@example.com"), new Profile(name, name));

    assertTrue(store.create(user));

    assertEquals(Optional.of(user), store.findById(user.id()));
  }

  @Test
  void create_longestIdentifiers_readBackExactly() {
    UserId id = UserId.of("u".repeat(TestData.MAX_ID_LENGTH));
    TeamId team = TeamId.of("T-._".repeat(TestData.MAX_ID_LENGTH / 4));
    UserRecord user = withTeam(
        TestData.user(id, "long@example.com"), new TeamMembership(team, TeamRole.MEMBER));

    assertTrue(store.create(user));

    assertEquals(Optional.of(user), store.findById(id));
  }

  @Test
  void create_takenLoginName_falseAndNothingStored() {
    UserRecord first = stored(TestData.user("ada@example.com"));
    UserRecord second = TestData.user("ada@example.com");

    assertFalse(store.create(second));

    assertEquals(Optional.empty(), store.findById(second.id()));
    assertEquals(Optional.of(first), store.findByLoginName("ada@example.com"));
  }

  @Test
  void create_takenId_falseAndNothingStored() {
    UserRecord first = stored(TestData.user("ada@example.com"));
    UserRecord second = TestData.user(first.id(), "grace@example.com");

    assertFalse(store.create(second));

    assertEquals(Optional.of(first), store.findById(first.id()));
    assertEquals(Optional.empty(), store.findByLoginName("grace@example.com"));
  }

  @Test
  void findById_unknownUser_empty() {
    stored(TestData.user("ada@example.com"));

    assertEquals(Optional.empty(), store.findById(TestData.newUserId()));
  }

  @Test
  void findByLoginName_unknownName_empty() {
    stored(TestData.user("ada@example.com"));

    assertEquals(Optional.empty(), store.findByLoginName("grace@example.com"));
  }

  @Test
  void findByLoginName_nearMisses_empty() {
    stored(TestData.user("ada@example.com"));

    assertEquals(Optional.empty(), store.findByLoginName("ADA@example.com"));
    assertEquals(Optional.empty(), store.findByLoginName("ada@example.com "));
    assertEquals(Optional.empty(), store.findByLoginName("ada@example.co"));
    assertEquals(Optional.empty(), store.findByLoginName("ada%"));
    assertEquals(Optional.empty(), store.findByLoginName("ada@example.co_"));
    assertEquals(Optional.empty(), store.findByLoginName(""));
  }

  // ---- profile and team

  @Test
  void updateProfile_knownUser_replacesNames() {
    UserRecord user = stored(TestData.user("ada@example.com"));
    Profile profile = new Profile("Augusta Ada", "King-Noël");

    assertTrue(store.updateProfile(user.id(), profile));

    assertEquals(withProfile(user, profile), reload(user));
  }

  @Test
  void updateProfile_unknownUser_falseAndNothingStored() {
    UserId unknown = TestData.newUserId();

    assertFalse(store.updateProfile(unknown, new Profile("Ada", "King")));

    assertEquals(Optional.empty(), store.findById(unknown));
  }

  @Test
  void updateTeam_knownUser_setsMembership() {
    UserRecord user = stored(TestData.user("ada@example.com"));
    TeamMembership team = new TeamMembership(TeamId.of("engines"), TeamRole.ADMIN);

    assertTrue(store.updateTeam(user.id(), team));

    assertEquals(withTeam(user, team), reload(user));
  }

  @Test
  void updateTeam_null_clearsMembership() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));

    assertTrue(store.updateTeam(user.id(), null));

    assertEquals(withTeam(user, null), reload(user));
  }

  @Test
  void updateTeam_unknownUser_falseAndNothingStored() {
    UserId unknown = TestData.newUserId();
    TeamMembership team = new TeamMembership(TeamId.of("engines"), TeamRole.MEMBER);

    assertFalse(store.updateTeam(unknown, team));

    assertEquals(Optional.empty(), store.findById(unknown));
  }

  // ---- passwords

  @Test
  void replacePassword_currentHash_replacesAndPushesOldToHistory() {
    UserRecord user = stored(TestData.user("ada@example.com"));
    StoredPassword next = TestData.password("second", at(60));

    assertTrue(store.replacePassword(user.id(), user.password().hash(), next, 5));

    assertEquals(withPasswords(user, next, List.of(user.password())), reload(user));
  }

  @Test
  void replacePassword_severalChanges_historyNewestFirstAndTrimmed() {
    UserRecord user = stored(TestData.user("ada@example.com"));
    StoredPassword p1 = TestData.password("p1", at(10));
    StoredPassword p2 = TestData.password("p2", at(20));
    StoredPassword p3 = TestData.password("p3", at(30));

    assertTrue(store.replacePassword(user.id(), user.password().hash(), p1, 2));
    assertTrue(store.replacePassword(user.id(), p1.hash(), p2, 2));
    assertTrue(store.replacePassword(user.id(), p2.hash(), p3, 2));

    assertEquals(withPasswords(user, p3, List.of(p2, p1)), reload(user));
  }

  @Test
  void replacePassword_historySizeZero_keepsNoHistory() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));
    StoredPassword next = TestData.password("next", at(60));

    assertTrue(store.replacePassword(user.id(), user.password().hash(), next, 0));

    assertEquals(withPasswords(user, next, List.of()), reload(user));
  }

  @Test
  void replacePassword_staleExpectedHash_falseAndNothingChanged() {
    UserRecord user = stored(TestData.user("ada@example.com"));
    StoredPassword p1 = TestData.password("p1", at(10));
    assertTrue(store.replacePassword(user.id(), user.password().hash(), p1, 5));
    UserRecord before = reload(user);

    boolean replaced = store.replacePassword(
        user.id(), user.password().hash(), TestData.password("p2", at(20)), 5);

    assertFalse(replaced);
    assertEquals(before, reload(user));
  }

  @Test
  void replacePassword_unknownUser_falseAndNothingStored() {
    UserId unknown = TestData.newUserId();

    boolean replaced = store.replacePassword(
        unknown, TestData.passwordHash("initial"), TestData.password("p1", at(10)), 5);

    assertFalse(replaced);
    assertEquals(Optional.empty(), store.findById(unknown));
  }

  @Test
  void replacePassword_negativeHistorySize_throwsIllegalArgumentAndNothingChanged() {
    UserRecord user = stored(TestData.user("ada@example.com"));
    StoredPassword next = TestData.password("p1", at(10));
    String expected = user.password().hash();

    assertThrows(IllegalArgumentException.class,
        () -> store.replacePassword(user.id(), expected, next, -1));

    assertEquals(user, reload(user));
  }

  @Test
  void rehashPassword_currentHash_replacesAndKeepsHistory() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));
    StoredPassword rehashed = new StoredPassword(
        TestData.passwordHash("rehashed"), "pepper-2026", true, 7, user.password().changedAt(),
        true);

    assertTrue(store.rehashPassword(user.id(), user.password().hash(), rehashed));

    assertEquals(withPasswords(user, rehashed, user.passwordHistory()), reload(user));
  }

  @Test
  void rehashPassword_staleExpectedHash_falseAndNothingChanged() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));
    String stale = user.passwordHistory().get(0).hash();

    assertFalse(store.rehashPassword(user.id(), stale, TestData.password("rehashed", at(1))));

    assertEquals(user, reload(user));
  }

  @Test
  void rehashPassword_unknownUser_falseAndNothingStored() {
    UserId unknown = TestData.newUserId();

    boolean rehashed = store.rehashPassword(
        unknown, TestData.passwordHash("initial"), TestData.password("rehashed", at(1)));

    assertFalse(rehashed);
    assertEquals(Optional.empty(), store.findById(unknown));
  }

  @Test
  void requirePasswordChange_knownUser_setsFlagOnly() {
    UserRecord user = stored(TestData.user("ada@example.com"));
    StoredPassword p = user.password();
    StoredPassword flagged = new StoredPassword(
        p.hash(), p.pepperKeyId(), p.normalized(), p.policyVersion(), p.changedAt(), true);

    assertTrue(store.requirePasswordChange(user.id()));

    assertEquals(withPasswords(user, flagged, user.passwordHistory()), reload(user));
  }

  @Test
  void requirePasswordChange_unknownUser_falseAndNothingStored() {
    UserId unknown = TestData.newUserId();

    assertFalse(store.requirePasswordChange(unknown));

    assertEquals(Optional.empty(), store.findById(unknown));
  }

  // ---- two-factor

  @Test
  void savePendingTotp_knownUser_storesItBesideTheConfirmedSecret() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));
    PendingTotp pending = TestData.pendingTotp("fresh", at(900));

    assertTrue(store.savePendingTotp(user.id(), pending));

    assertEquals(withTotp(user, user.totpSecret(), user.lastTotpStep(), pending,
        user.recoveryCodes()), reload(user));
  }

  @Test
  void savePendingTotp_twice_replacesEarlierPending() {
    UserRecord user = stored(TestData.user("ada@example.com"));
    PendingTotp second = TestData.pendingTotp("second", at(900));
    assertTrue(store.savePendingTotp(user.id(), TestData.pendingTotp("first", at(600))));

    assertTrue(store.savePendingTotp(user.id(), second));

    assertEquals(Optional.of(second), store.findById(user.id()).map(UserRecord::pendingTotp));
  }

  @Test
  void savePendingTotp_unknownUser_falseAndNothingStored() {
    UserId unknown = TestData.newUserId();

    assertFalse(store.savePendingTotp(unknown, TestData.pendingTotp("p", at(600))));

    assertEquals(Optional.empty(), store.findById(unknown));
  }

  @Test
  void enableTotp_currentPending_turnsTwoFactorOn() {
    UserRecord user = stored(TestData.user("ada@example.com"));
    PendingTotp pending = TestData.pendingTotp("p", at(600));
    List<RecoveryCodeHash> codes = TestData.recoveryCodes(10);
    assertTrue(store.savePendingTotp(user.id(), pending));

    assertTrue(store.enableTotp(user.id(), pending, 58_340_200L, codes));

    assertEquals(withTotp(user, pending.secret(), 58_340_200L, null, codes), reload(user));
  }

  @Test
  void enableTotp_userWithOldCodes_replacesSecretAndCodes() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));
    PendingTotp pending = user.pendingTotp();
    List<RecoveryCodeHash> codes = List.of(
        new RecoveryCodeHash(4, TestData.passwordHash("new-4")),
        new RecoveryCodeHash(7, TestData.passwordHash("new-7")));

    assertTrue(store.enableTotp(user.id(), pending, 58_340_500L, codes));

    assertEquals(withTotp(user, pending.secret(), 58_340_500L, null, codes), reload(user));
  }

  @Test
  void enableTotp_replacedPending_falseAndNothingChanged() {
    UserRecord user = stored(TestData.user("ada@example.com"));
    PendingTotp first = TestData.pendingTotp("first", at(600));
    assertTrue(store.savePendingTotp(user.id(), first));
    assertTrue(store.savePendingTotp(user.id(), TestData.pendingTotp("second", at(900))));
    UserRecord before = reload(user);

    assertFalse(store.enableTotp(user.id(), first, 100L, TestData.recoveryCodes(10)));

    assertEquals(before, reload(user));
  }

  @Test
  void enableTotp_sameSecretOtherExpiry_falseAndNothingChanged() {
    UserRecord user = stored(TestData.user("ada@example.com"));
    assertTrue(store.savePendingTotp(user.id(), TestData.pendingTotp("p", at(600))));
    UserRecord before = reload(user);
    PendingTotp other = TestData.pendingTotp("p", at(601));

    assertFalse(store.enableTotp(user.id(), other, 100L, TestData.recoveryCodes(10)));

    assertEquals(before, reload(user));
  }

  @Test
  void enableTotp_noPending_falseAndNothingChanged() {
    UserRecord user = stored(TestData.user("ada@example.com"));
    PendingTotp never = TestData.pendingTotp("never-saved", at(600));

    assertFalse(store.enableTotp(user.id(), never, 100L, TestData.recoveryCodes(10)));

    assertEquals(user, reload(user));
  }

  @Test
  void enableTotp_unknownUser_falseAndNothingStored() {
    UserId unknown = TestData.newUserId();
    PendingTotp pending = TestData.pendingTotp("p", at(600));

    assertFalse(store.enableTotp(unknown, pending, 100L, TestData.recoveryCodes(10)));

    assertEquals(Optional.empty(), store.findById(unknown));
  }

  @Test
  void advanceTotpStep_laterStep_trueAndStored() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));
    long next = user.lastTotpStep() + 1;

    assertTrue(store.advanceTotpStep(user.id(), next));

    assertEquals(withTotp(user, user.totpSecret(), next, user.pendingTotp(),
        user.recoveryCodes()), reload(user));
  }

  @Test
  void advanceTotpStep_fromNoneToStepZero_true() {
    UserRecord user = stored(TestData.user("ada@example.com"));

    assertTrue(store.advanceTotpStep(user.id(), 0));

    assertEquals(0L, reload(user).lastTotpStep());
  }

  @Test
  void advanceTotpStep_sameStep_falseAndNothingChanged() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));

    assertFalse(store.advanceTotpStep(user.id(), user.lastTotpStep()));

    assertEquals(user, reload(user));
  }

  @Test
  void advanceTotpStep_earlierStep_falseAndNothingChanged() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));

    assertFalse(store.advanceTotpStep(user.id(), user.lastTotpStep() - 1));

    assertEquals(user, reload(user));
  }

  @Test
  void advanceTotpStep_unknownUser_falseAndNothingStored() {
    UserId unknown = TestData.newUserId();

    assertFalse(store.advanceTotpStep(unknown, 100L));

    assertEquals(Optional.empty(), store.findById(unknown));
  }

  @Test
  void disableTotp_twoFactorOn_clearsSecretPendingCodesAndStep() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));

    assertTrue(store.disableTotp(user.id()));

    assertEquals(withTotp(user, null, -1L, null, List.of()), reload(user));
  }

  @Test
  void disableTotp_twoFactorOff_falseAndNothingChanged() {
    UserRecord user = stored(TestData.user("ada@example.com"));

    assertFalse(store.disableTotp(user.id()));

    assertEquals(user, reload(user));
  }

  @Test
  void disableTotp_unknownUser_falseAndNothingStored() {
    UserId unknown = TestData.newUserId();

    assertFalse(store.disableTotp(unknown));

    assertEquals(Optional.empty(), store.findById(unknown));
  }

  // ---- recovery codes

  @Test
  void replaceRecoveryCodes_knownUser_replacesEveryCode() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));
    List<RecoveryCodeHash> codes = List.of(
        new RecoveryCodeHash(0, TestData.passwordHash("fresh-0")),
        new RecoveryCodeHash(9, TestData.passwordHash("fresh-9")));

    assertTrue(store.replaceRecoveryCodes(user.id(), codes));

    assertEquals(withTotp(user, user.totpSecret(), user.lastTotpStep(), user.pendingTotp(),
        codes), reload(user));
  }

  @Test
  void replaceRecoveryCodes_emptyList_leavesNone() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));

    assertTrue(store.replaceRecoveryCodes(user.id(), List.of()));

    assertEquals(List.of(), reload(user).recoveryCodes());
  }

  @Test
  void replaceRecoveryCodes_unknownUser_falseAndNothingStored() {
    UserId unknown = TestData.newUserId();

    assertFalse(store.replaceRecoveryCodes(unknown, TestData.recoveryCodes(10)));

    assertEquals(Optional.empty(), store.findById(unknown));
  }

  @Test
  void consumeRecoveryCode_matchingSlotAndHash_removesThatCodeOnly() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));
    RecoveryCodeHash code = user.recoveryCodes().get(1);

    assertTrue(store.consumeRecoveryCode(user.id(), code.slot(), code.hash()));

    List<RecoveryCodeHash> left =
        List.of(user.recoveryCodes().get(0), user.recoveryCodes().get(2));
    assertEquals(withTotp(user, user.totpSecret(), user.lastTotpStep(), user.pendingTotp(),
        left), reload(user));
  }

  @Test
  void consumeRecoveryCode_twice_secondFalse() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));
    RecoveryCodeHash code = user.recoveryCodes().get(0);
    assertTrue(store.consumeRecoveryCode(user.id(), code.slot(), code.hash()));

    assertFalse(store.consumeRecoveryCode(user.id(), code.slot(), code.hash()));
  }

  @Test
  void consumeRecoveryCode_otherSlotsHash_falseAndNothingChanged() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));
    String otherHash = user.recoveryCodes().get(2).hash();

    assertFalse(store.consumeRecoveryCode(user.id(), 1, otherHash));

    assertEquals(user, reload(user));
  }

  @Test
  void consumeRecoveryCode_unknownSlot_falseAndNothingChanged() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));

    assertFalse(store.consumeRecoveryCode(user.id(), 9, TestData.recoveryCode(9).hash()));

    assertEquals(user, reload(user));
  }

  @Test
  void consumeRecoveryCode_unknownUser_falseAndNothingStored() {
    UserId unknown = TestData.newUserId();
    RecoveryCodeHash code = TestData.recoveryCode(0);

    assertFalse(store.consumeRecoveryCode(unknown, code.slot(), code.hash()));

    assertEquals(Optional.empty(), store.findById(unknown));
  }

  // ---- null arguments

  @Test
  void create_null_throwsNullPointer() {
    assertThrows(NullPointerException.class, () -> store.create(nullValue()));
  }

  @Test
  void findById_null_throwsNullPointer() {
    assertThrows(NullPointerException.class, () -> store.findById(nullValue()));
  }

  @Test
  void findByLoginName_null_throwsNullPointer() {
    assertThrows(NullPointerException.class, () -> store.findByLoginName(nullValue()));
  }

  @Test
  void replacePassword_nullExpectedHash_throwsNullPointerAndNothingChanged() {
    UserRecord user = stored(TestData.user("ada@example.com"));
    StoredPassword next = TestData.password("p1", at(10));

    assertThrows(NullPointerException.class,
        () -> store.replacePassword(user.id(), nullValue(), next, 5));

    assertEquals(user, reload(user));
  }

  @Test
  void updateProfile_nullProfile_throwsNullPointerAndNothingChanged() {
    UserRecord user = stored(TestData.user("ada@example.com"));

    assertThrows(NullPointerException.class, () -> store.updateProfile(user.id(), nullValue()));

    assertEquals(user, reload(user));
  }

  @Test
  void enableTotp_nullCodes_throwsNullPointerAndNothingChanged() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));
    PendingTotp pending = user.pendingTotp();

    assertThrows(NullPointerException.class,
        () -> store.enableTotp(user.id(), pending, 100L, nullValue()));

    assertEquals(user, reload(user));
  }

  // ---- concurrency: each racer runs Race.ROUNDS rounds, so that the threads overlap

  @Test
  void create_concurrentSameLoginName_exactlyOneStoredPerName() {
    UserRecord[][] racers = new UserRecord[concurrency()][Race.ROUNDS];
    for (int i = 0; i < concurrency(); i++) {
      for (int round = 0; round < Race.ROUNDS; round++) {
        racers[i][round] = TestData.user("name" + round + "@example.com");
      }
    }

    List<List<Boolean>> answers =
        Race.runRounds(concurrency(), (i, round) -> store.create(racers[i][round]));

    assertEquals(Race.oneWinnerPerRound(), Race.countTruePerRound(answers));
    List<Integer> winners = Race.winnersPerRound(answers);
    for (int round = 0; round < Race.ROUNDS; round++) {
      UserRecord winner = racers[winners.get(round)][round];
      assertEquals(Optional.of(winner), store.findByLoginName("name" + round + "@example.com"));
      for (UserRecord[] racer : racers) {
        assertEquals(racer[round] == winner, store.findById(racer[round].id()).isPresent());
      }
    }
  }

  @Test
  void create_concurrentSameId_exactlyOneStoredPerId() {
    UserRecord[][] racers = new UserRecord[concurrency()][Race.ROUNDS];
    for (int round = 0; round < Race.ROUNDS; round++) {
      UserId id = TestData.newUserId();
      for (int i = 0; i < concurrency(); i++) {
        racers[i][round] = TestData.user(id, "racer" + i + "-" + round + "@example.com");
      }
    }

    List<List<Boolean>> answers =
        Race.runRounds(concurrency(), (i, round) -> store.create(racers[i][round]));

    assertEquals(Race.oneWinnerPerRound(), Race.countTruePerRound(answers));
    List<Integer> winners = Race.winnersPerRound(answers);
    for (int round = 0; round < Race.ROUNDS; round++) {
      UserRecord winner = racers[winners.get(round)][round];
      assertEquals(Optional.of(winner), store.findById(winner.id()));
      for (UserRecord[] racer : racers) {
        boolean found = store.findByLoginName(racer[round].loginName()).isPresent();
        assertEquals(racer[round] == winner, found);
      }
    }
  }

  @Test
  void replacePassword_concurrentChainOfChanges_exactlyOneWinsEachChange() {
    UserId id = TestData.newUserId();
    stored(withPasswords(TestData.user(id, "ada@example.com"), chained(0), List.of()));

    List<List<Boolean>> answers = Race.runRounds(concurrency(), (i, round) ->
        store.replacePassword(id, chained(round).hash(), chained(round + 1), Race.ROUNDS));

    assertEquals(Race.oneWinnerPerRound(), Race.countTruePerRound(answers));
    List<StoredPassword> history = new ArrayList<>();
    for (int round = Race.ROUNDS - 1; round >= 0; round--) {
      history.add(chained(round));
    }
    UserRecord user = store.findById(id).orElseThrow();
    assertEquals(chained(Race.ROUNDS), user.password());
    assertEquals(history, user.passwordHistory());
  }

  @Test
  void enableTotp_concurrentSamePending_exactlyOneEnables() {
    UserRecord user = stored(TestData.user("ada@example.com"));
    PendingTotp pending = TestData.pendingTotp("p", at(600));
    assertTrue(store.savePendingTotp(user.id(), pending));

    List<Boolean> answers = Race.run(concurrency(), i -> store.enableTotp(
        user.id(), pending, 1000L + i, TestData.recoveryCodes(3)));

    assertEquals(1, Race.countTrue(answers));
    assertEquals(withTotp(user, pending.secret(), 1000L + answers.indexOf(true), null,
        TestData.recoveryCodes(3)), reload(user));
  }

  @Test
  void advanceTotpStep_concurrentSameSteps_exactlyOneTruePerStep() {
    UserRecord user = stored(TestData.fullUser("zoe@example.com"));
    long first = user.lastTotpStep() + 1;

    List<List<Boolean>> answers = Race.runRounds(concurrency(),
        (i, round) -> store.advanceTotpStep(user.id(), first + round));

    assertEquals(Race.oneWinnerPerRound(), Race.countTruePerRound(answers));
    assertEquals(first + Race.ROUNDS - 1, reload(user).lastTotpStep());
  }

  @Test
  void consumeRecoveryCode_concurrentSameCodes_exactlyOneTruePerCode() {
    UserRecord user = stored(
        withTotp(TestData.fullUser("zoe@example.com"), TestData.encryptedSecret("s"), 1L, null,
            TestData.recoveryCodes(Race.ROUNDS)));

    List<List<Boolean>> answers = Race.runRounds(concurrency(), (i, round) ->
        store.consumeRecoveryCode(user.id(), round, TestData.recoveryCode(round).hash()));

    assertEquals(Race.oneWinnerPerRound(), Race.countTruePerRound(answers));
    assertEquals(List.of(), reload(user).recoveryCodes());
  }

  // ---- helpers

  private UserRecord stored(UserRecord user) {
    assertTrue(store.create(user), "the store refused a new user");
    return user;
  }

  private static StoredPassword chained(int round) {
    return TestData.password("chain-" + round, at(round));
  }

  private UserRecord reload(UserRecord user) {
    return store.findById(user.id()).orElseThrow(() -> new AssertionError("user is gone"));
  }

  // Hands a null to a parameter the port declares non-null, to check the store rejects it.
  private static <T> T nullValue() {
    return null;
  }

  private static UserRecord withProfile(UserRecord r, Profile profile) {
    return new UserRecord(r.id(), r.loginName(), profile, r.team(), r.password(),
        r.passwordHistory(), r.totpSecret(), r.lastTotpStep(), r.pendingTotp(),
        r.recoveryCodes(), r.createdAt());
  }

  private static UserRecord withTeam(UserRecord r, @Nullable TeamMembership team) {
    return new UserRecord(r.id(), r.loginName(), r.profile(), team, r.password(),
        r.passwordHistory(), r.totpSecret(), r.lastTotpStep(), r.pendingTotp(),
        r.recoveryCodes(), r.createdAt());
  }

  private static UserRecord withPasswords(
      UserRecord r, StoredPassword password, List<StoredPassword> history) {
    return new UserRecord(r.id(), r.loginName(), r.profile(), r.team(), password, history,
        r.totpSecret(), r.lastTotpStep(), r.pendingTotp(), r.recoveryCodes(), r.createdAt());
  }

  private static UserRecord withTotp(UserRecord r, @Nullable EncryptedSecret secret, long step,
      @Nullable PendingTotp pending, List<RecoveryCodeHash> codes) {
    return new UserRecord(r.id(), r.loginName(), r.profile(), r.team(), r.password(),
        r.passwordHistory(), secret, step, pending, codes, r.createdAt());
  }
}
