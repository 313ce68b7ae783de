package dev.accountsecurity.core.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.core.password.Argon2Calibrator.Calibration;
import dev.accountsecurity.core.password.Argon2Calibrator.Setting;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calibrator is a timing tool: these tests check its planning against a given cost, the
 * OWASP floor, its argument checks, and the shape of a real (tiny) calibration; never a time.
 */
class Argon2CalibratorTest {

  @ParameterizedTest
  @CsvSource({
    "1048576, 1", "47104, 1", "47103, 2", "19456, 2", "19455, 3", "12288, 3", "12287, 4",
    "9216, 4", "9215, 5", "7168, 5", "7167, -1"
  })
  void minimumIterations_owaspTable_rowForTheMemory(int memoryKiB, int expected) {
    assertEquals(expected, Argon2Calibrator.minimumIterations(memoryKiB));
  }

  @Test
  void plan_roomForMoreIterations_ceilingMemoryAndIterationsThatFit() {
    // 1 us per KiB and pass: 64 MiB costs 65.5 ms a pass, so 3 passes fit 250 ms.
    Setting setting = Argon2Calibrator.plan(65_536, 1_000, 250_000_000L);

    assertEquals(new Setting(65_536, 3), setting);
  }

  @Test
  void plan_ceilingTooSlowEvenAtOwaspMinimum_largestMemoryThatFits() {
    // 1 us per KiB and pass, 40 ms: from 46 MiB up one pass takes 47 ms or more; from 20 to
    // 45 MiB OWASP asks 2 passes, 41 ms or more; 19 MiB at 2 passes is 38.9 ms.
    Setting setting = Argon2Calibrator.plan(1_048_576, 1_000, 40_000_000L);

    assertEquals(new Setting(19_456, 2), setting);
  }

  @Test
  void plan_ceilingNotWholeMebibytes_ceilingItselfTriedFirst() {
    Setting setting = Argon2Calibrator.plan(50_000, 1, 1_000_000_000L);

    assertEquals(new Setting(50_000, 16), setting);
  }

  @Test
  void plan_nothingFits_owaspRowWithMostMemoryWithinCeiling() {
    assertEquals(new Setting(19_456, 2), Argon2Calibrator.plan(40_000, 1_000, 1));
    assertEquals(new Setting(7_168, 5), Argon2Calibrator.plan(8_192, 1_000, 1));
  }

  @Test
  void plan_neverBelowOwaspIterations() {
    for (int ceiling = Argon2Calibrator.MIN_MEMORY_KIB; ceiling <= 200_000; ceiling += 977) {
      Setting setting = Argon2Calibrator.plan(ceiling, 700, 30_000_000L);

      assertTrue(setting.memoryKiB() <= ceiling, setting + " above ceiling " + ceiling);
      assertTrue(setting.iterations() >= Argon2Calibrator.minimumIterations(setting.memoryKiB()),
          setting + " below OWASP's iterations");
    }
  }

  @Test
  void calibrate_tinyTargetSmallCeiling_owaspFloorWithinBounds() {
    Calibration calibration = Argon2Calibrator.calibrate(Duration.ofMillis(1), 8_192, 1);

    assertTrue(calibration.memoryKiB() >= Argon2Calibrator.MIN_MEMORY_KIB
        && calibration.memoryKiB() <= 8_192, "memory " + calibration.memoryKiB());
    assertTrue(calibration.iterations()
        >= Argon2Calibrator.minimumIterations(calibration.memoryKiB()));
    assertEquals(1, calibration.parallelism());
    assertEquals(Duration.ofMillis(1), calibration.target());
    assertTrue(calibration.measured().compareTo(Duration.ZERO) > 0);
    assertEquals(PasswordHashing.Algorithm.ARGON2ID, calibration.toHashing().algorithm());
    assertEquals(calibration.memoryKiB(), calibration.toHashing().argon2MemoryKiB());
    assertEquals(calibration.iterations(), calibration.toHashing().argon2Iterations());
  }

  @Test
  void meetsTarget_measuredOverTarget_false() {
    Calibration calibration =
        new Calibration(7_168, 5, 1, Duration.ofMillis(30), Duration.ofMillis(20));

    assertFalse(calibration.meetsTarget());
  }

  @Test
  void meetsTarget_measuredEqualsTarget_true() {
    Calibration calibration =
        new Calibration(7_168, 5, 1, Duration.ofMillis(20), Duration.ofMillis(20));

    assertTrue(calibration.meetsTarget());
  }

  @Test
  void calibrate_zeroTarget_rejected() {
    assertThrows(IllegalArgumentException.class,
        () -> Argon2Calibrator.calibrate(Duration.ZERO, 8_192, 1));
  }

  @Test
  void calibrate_targetOverTenSeconds_rejected() {
    assertThrows(IllegalArgumentException.class,
        () -> Argon2Calibrator.calibrate(Duration.ofSeconds(11), 8_192, 1));
  }

  @Test
  void calibrate_ceilingBelowOwaspMinimum_rejectedNamingTheRule() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Argon2Calibrator.calibrate(Duration.ofMillis(100), 7_167, 1));

    assertEquals("memoryCeilingKiB must be between 7168 and 1048576 but was 7167",
        e.getMessage());
  }

  @Test
  void calibrate_ceilingOverOneGibibyte_rejected() {
    assertThrows(IllegalArgumentException.class,
        () -> Argon2Calibrator.calibrate(Duration.ofMillis(100), 1_048_577, 1));
  }

  @Test
  void calibrate_parallelismZero_rejected() {
    assertThrows(IllegalArgumentException.class,
        () -> Argon2Calibrator.calibrate(Duration.ofMillis(100), 8_192, 0));
  }

  @Test
  void calibrate_nullTarget_rejected() {
    assertThrows(NullPointerException.class, () -> Argon2Calibrator.calibrate(null, 8_192, 1));
  }
}
