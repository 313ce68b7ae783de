package dev.accountsecurity.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.accountsecurity.api.ChallengeToken;
import dev.accountsecurity.api.ClientInfo;
import dev.accountsecurity.api.LoginResult;
import dev.accountsecurity.api.PasswordChangeResult;
import dev.accountsecurity.api.RefusalReason;
import dev.accountsecurity.api.UserAccount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Regression tests for defects found by attacking the facade: each says what broke. */
class AdversarialTest {
  private static final String SAFARI = Fixture.SAFARI_IPHONE.userAgent();

  private final Fixture f = new Fixture();

  private ChallengeToken challenge(String loginName) {
    return assertInstanceOf(LoginResult.SecondFactorRequired.class,
        f.security.logins().login(loginName, Fixture.PASSWORD, Fixture.CHROME_WINDOWS))
        .challenge();
  }

  private LoginResult.Refused refused(LoginResult result) {
    return assertInstanceOf(LoginResult.Refused.class, result);
  }

  // Spending a challenge's last attempt deleted it, so a right code typed after two typos was
  // refused as an expired sign-in, and its TOTP step was used up as well.
  @Test
  void completeSecondFactor_rightCodeOnLastAttempt_signsIn() {
    UserAccount user = f.createUser("ana@example.com");
    Fixture.Enrolled enrolled = f.enrol(user.id());
    ChallengeToken challenge = challenge("ana@example.com");
    f.security.logins().completeSecondFactor(challenge, "000000", Fixture.CHROME_WINDOWS);
    f.security.logins().completeSecondFactor(challenge, "000001", Fixture.CHROME_WINDOWS);

    LoginResult last = f.security.logins().completeSecondFactor(challenge,
        f.codeNow(enrolled.secret()), Fixture.CHROME_WINDOWS);

    assertEquals(user.id(), assertInstanceOf(LoginResult.Authenticated.class, last)
        .session().user());
    assertEquals(RefusalReason.CHALLENGE_INVALID, refused(f.security.logins()
        .completeSecondFactor(challenge, f.codeNow(enrolled.secret()), Fixture.CHROME_WINDOWS))
        .reason());
  }

  // A challenge proves the password it was issued for; it outlived a password change, so who
  // had phished the old password could still finish signing in with a code.
  @Test
  void completeSecondFactor_challengeIssuedBeforePasswordChange_refused() {
    UserAccount user = f.createUser("ana@example.com");
    Fixture.Enrolled enrolled = f.enrol(user.id());
    ChallengeToken stale = challenge("ana@example.com");
    assertInstanceOf(PasswordChangeResult.Changed.class, f.security.passwords()
        .change(user.id(), Fixture.PASSWORD, "Another-Horse-8", null));

    LoginResult result = f.security.logins().completeSecondFactor(stale,
        f.codeNow(enrolled.secret()), Fixture.CHROME_WINDOWS);

    assertEquals(RefusalReason.CHALLENGE_INVALID, refused(result).reason());
  }

  // The address throttle keyed each IPv6 address apart, so one host spraying passwords across
  // many names took a fresh failure budget from each address of its own /64.
  @Test
  void login_oneIpv6HostRotatingWithinItsSlash64_delayedLikeOneAddress() {
    for (int i = 0; i < 50; i++) {
      ClientInfo rotated = ClientInfo.of("2a00:1450:4001:815::" + Integer.toHexString(i + 1),
          SAFARI);
      f.security.logins().login("ghost" + i + "@example.com", "Wrong-Password-1", rotated);
    }
    f.createUser("ana@example.com");

    LoginResult sameHost = f.security.logins().login("ana@example.com", Fixture.PASSWORD,
        ClientInfo.of("2a00:1450:4001:815:dead:beef:0:1", SAFARI));
    LoginResult otherNetwork = f.security.logins().login("ana@example.com", Fixture.PASSWORD,
        ClientInfo.of("2a00:1450:4001:816::1", SAFARI));

    assertEquals(RefusalReason.THROTTLED, refused(sameHost).reason());
    assertInstanceOf(LoginResult.Authenticated.class, otherNetwork);
  }

  // IPv4 clients seen through NAT64 (64:ff9b::/96) are distinct hosts in one /64: they must
  // not share one address budget.
  @Test
  void login_nat64TranslatedClients_throttledApart() {
    for (int i = 0; i < 50; i++) {
      f.security.logins().login("ghost" + i + "@example.com", "Wrong-Password-1",
          ClientInfo.of("64:ff9b::203.0.113." + (i % 2), SAFARI));
    }
    f.createUser("ana@example.com");

    LoginResult other = f.security.logins().login("ana@example.com", Fixture.PASSWORD,
        ClientInfo.of("64:ff9b::198.51.100.7", SAFARI));

    assertInstanceOf(LoginResult.Authenticated.class, other);
  }

  // Guards the one-code-one-login rule across challenges: four challenges of one user raced
  // with the same code, in 10 rounds, sign in exactly once per round.
  @Test
  void completeSecondFactor_sameCodeRacedOnFourChallenges_exactlyOneSignsIn() throws Exception {
    UserAccount user = f.createUser("ana@example.com");
    Fixture.Enrolled enrolled = f.enrol(user.id());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 10; round++) {
        f.clock.advance(Duration.ofSeconds(30));
        assertEquals(1, signInsOf(raceOneCode(pool, enrolled)), "round " + round);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private List<LoginResult> raceOneCode(ExecutorService pool, Fixture.Enrolled enrolled)
      throws Exception {
    List<ChallengeToken> challenges = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      challenges.add(challenge("ana@example.com"));
    }
    String code = f.codeNow(enrolled.secret());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<LoginResult>> racers = new ArrayList<>();
    for (ChallengeToken c : challenges) {
      racers.add(pool.submit(() -> {
        start.await();
        return f.security.logins().completeSecondFactor(c, code, Fixture.CHROME_WINDOWS);
      }));
    }
    start.countDown();
    List<LoginResult> results = new ArrayList<>();
    for (Future<LoginResult> racer : racers) {
      results.add(racer.get(10, TimeUnit.SECONDS));
    }
    return results;
  }

  private static long signInsOf(List<LoginResult> results) {
    return results.stream().filter(LoginResult.Authenticated.class::isInstance).count();
  }
}
