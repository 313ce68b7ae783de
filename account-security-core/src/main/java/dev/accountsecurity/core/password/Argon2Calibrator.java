package dev.accountsecurity.core.password;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Chooses Argon2id parameters for the host it runs on: the most memory within a ceiling, then
 * as many iterations as fit a target time per hash, never below OWASP's minimum settings.
 *
 * <p>It times real hashes through {@link PasswordHasher#burn} (Bouncy Castle's Argon2id, as
 * the library hashes), after a warm-up: first a probe that estimates the cost of one pass over
 * one KiB, then the chosen setting itself, refined over a few rounds. A whole calibration costs
 * a few dozen hashes: at most a few seconds for targets of a quarter second and ceilings of
 * tens of MiB.
 *
 * <p>How to choose the inputs:
 *
 * <ul>
 *   <li>Memory hardness beats iterations. An attacker's GPUs and ASICs have far more cores
 *       than memory per core, so memory is what limits their parallel guessing; iterations
 *       only multiply time, which they have plenty of. The calibrator therefore takes the
 *       largest memory the ceiling allows and adds iterations only with what is left of the
 *       target. Set the ceiling from what the service can spend per login times the logins it
 *       serves at once (19 MiB for each of 50 concurrent logins is about 1 GB).
 *   <li>Higher cost is paid on every login and every password change, and makes the login
 *       endpoint a cheap way to tie up the server's CPU and memory: keep the target modest
 *       (100 ms to 500 ms) and the throttling on.
 *   <li>The floor is OWASP's table of equivalent settings for parallelism 1: 46 MiB with 1
 *       iteration, 19 MiB with 2, 12 MiB with 3, 9 MiB with 4, 7 MiB with 5. A setting is
 *       never below the row for its memory, even if that overshoots the target: on a host too
 *       slow for the target the result says so through {@link Calibration#meetsTarget()}.
 *   <li>Bouncy Castle computes the lanes one after the other, so a parallelism above 1 changes
 *       the hash but does not make it faster here.
 * </ul>
 *
 * <p>Calibrate once, at deploy time or by hand on the production hardware, and write the
 * result into the service's configuration; do not calibrate at each start: timings vary from
 * start to start, and hashes made with parameters that drift would all be flagged for rehash.
 *
 * <p>Thread-safe: stateless. Timing is only as good as the host is quiet; calibrate when it is.
 */
public final class Argon2Calibrator {

  /** The smallest memory OWASP allows for Argon2id, in KiB (7 MiB, with 5 iterations). */
  public static final int MIN_MEMORY_KIB = 7 * 1024;

  /** The largest memory ceiling accepted, in KiB (1 GiB). */
  public static final int MAX_MEMORY_KIB = 1 << 20;

  /** OWASP's equivalent minimum settings, by falling memory: {memory KiB, iterations}. */
  private static final int[][] OWASP_MINIMUMS = {
    {46 * 1024, 1}, {19 * 1024, 2}, {12 * 1024, 3}, {9 * 1024, 4}, {7 * 1024, 5}
  };

  private static final int MAX_ITERATIONS = 16;
  private static final int MAX_PARALLELISM = 64;
  private static final Duration MAX_TARGET = Duration.ofSeconds(10);
  private static final int MIB = 1024;
  /** The probe's memory: large enough to leave the CPU caches, small enough to be quick. */
  private static final int PROBE_MEMORY_KIB = 32 * 1024;
  private static final int WARM_UPS = 2;
  private static final int SAMPLES = 3;
  private static final int ROUNDS = 4;
  /** Hashed and thrown away; any text does, its length barely counts. */
  private static final String PROBE_PASSWORD = "argon2-calibration";

  private Argon2Calibrator() {}

  /**
   * A chosen setting and the time one hash took with it on this host (the median of a few).
   *
   * @param memoryKiB the memory, in KiB
   * @param iterations the passes over memory
   * @param parallelism the lanes, as asked
   * @param measured the median time of one hash with this setting
   * @param target the target asked for
   */
  public record Calibration(
      int memoryKiB, int iterations, int parallelism, Duration measured, Duration target) {

    /**
     * Checks the components.
     *
     * @param memoryKiB the memory, in KiB
     * @param iterations the passes over memory
     * @param parallelism the lanes, as asked
     * @param measured the median time of one hash with this setting
     * @param target the target asked for
     * @throws NullPointerException if a duration is null
     */
    public Calibration {
      Objects.requireNonNull(measured, "measured");
      Objects.requireNonNull(target, "target");
    }

    /**
     * Tells whether one hash took no longer than the target. False when even OWASP's minimum
     * setting is slower than the target on this host.
     *
     * @return true when the measured time is within the target
     */
    public boolean meetsTarget() {
      return measured.compareTo(target) <= 0;
    }

    /**
     * Returns the setting as a hashing configuration, without a pepper.
     *
     * @return Argon2id with this memory, iterations and parallelism
     */
    public PasswordHashing toHashing() {
      return PasswordHashing.builder().argon2id(memoryKiB, iterations, parallelism).build();
    }
  }

  /**
   * Measures this host and chooses the setting: the largest memory up to the ceiling at which
   * OWASP's minimum iterations still fit the target, then the most iterations (up to 16) that
   * fit it. When nothing fits, OWASP's minimum setting with the most memory the ceiling allows.
   *
   * @param target the time one hash should take, more than 0 and at most 10 seconds; 100 ms to
   *     500 ms suits most logins
   * @param memoryCeilingKiB the most memory one hash may take, in KiB, from {@value
   *     #MIN_MEMORY_KIB} to {@value #MAX_MEMORY_KIB}
   * @param parallelism the lanes, 1 to 64; 1 unless another implementation that runs lanes on
   *     threads will verify these hashes
   * @return the chosen setting and its measured time
   * @throws NullPointerException if {@code target} is null
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static Calibration calibrate(Duration target, int memoryCeilingKiB, int parallelism) {
    checkArguments(target, memoryCeilingKiB, parallelism);
    Timer timer = new Timer(parallelism);
    timer.warmUp(Math.min(memoryCeilingKiB, PROBE_MEMORY_KIB));
    int probeMemory = Math.min(memoryCeilingKiB, PROBE_MEMORY_KIB);
    double nanosPerKiBPass = (double) timer.median(probeMemory, 1) / probeMemory;
    long targetNanos = target.toNanos();
    @Nullable Calibration best = null;
    Setting setting = plan(memoryCeilingKiB, nanosPerKiBPass, targetNanos);
    for (int round = 0; round < ROUNDS; round++) {
      long measured = timer.median(setting.memoryKiB(), setting.iterations());
      Calibration current = new Calibration(setting.memoryKiB(), setting.iterations(),
          parallelism, Duration.ofNanos(measured), target);
      best = better(best, current);
      nanosPerKiBPass = (double) measured / ((long) setting.memoryKiB() * setting.iterations());
      Setting next = plan(memoryCeilingKiB, nanosPerKiBPass, targetNanos);
      if (next.equals(setting)) {
        break;
      }
      setting = next;
    }
    return Objects.requireNonNull(best, "best");
  }

  /** A memory and iteration count. */
  record Setting(int memoryKiB, int iterations) {}

  /**
   * Chooses a setting from an estimated cost per KiB and pass: the largest memory (the ceiling,
   * then whole MiB below it) whose OWASP minimum iterations fit the target, with as many
   * iterations as fit; if none fits, the OWASP row with the most memory within the ceiling.
   */
  static Setting plan(int memoryCeilingKiB, double nanosPerKiBPass, long targetNanos) {
    int memory = memoryCeilingKiB;
    while (memory >= MIN_MEMORY_KIB) {
      int minimum = minimumIterations(memory);
      if (nanosPerKiBPass * memory * minimum <= targetNanos) {
        return new Setting(memory, iterationsFor(memory, minimum, nanosPerKiBPass, targetNanos));
      }
      memory = memory % MIB == 0 ? memory - MIB : memory - memory % MIB;
    }
    for (int[] row : OWASP_MINIMUMS) {
      if (row[0] <= memoryCeilingKiB) {
        return new Setting(row[0], row[1]);
      }
    }
    throw new IllegalArgumentException("memoryCeilingKiB must be at least " + MIN_MEMORY_KIB
        + " but was " + memoryCeilingKiB);
  }

  /**
   * Returns OWASP's minimum iterations for a memory: those of the row with the most memory not
   * above it; -1 below the smallest row.
   *
   * @param memoryKiB the memory, in KiB
   * @return the minimum iterations, or -1 when no setting with this memory is allowed
   */
  static int minimumIterations(int memoryKiB) {
    for (int[] row : OWASP_MINIMUMS) {
      if (memoryKiB >= row[0]) {
        return row[1];
      }
    }
    return -1;
  }

  private static int iterationsFor(int memoryKiB, int minimum, double nanosPerKiBPass,
      long targetNanos) {
    long fitting = (long) (targetNanos / (nanosPerKiBPass * memoryKiB));
    return (int) Math.max(minimum, Math.min(MAX_ITERATIONS, fitting));
  }

  /**
   * Prefers a setting within the target, then more memory, then more iterations; among
   * settings all over the target, the fastest.
   */
  private static Calibration better(@Nullable Calibration best, Calibration candidate) {
    if (best == null) {
      return candidate;
    }
    if (best.meetsTarget() != candidate.meetsTarget()) {
      return candidate.meetsTarget() ? candidate : best;
    }
    if (!candidate.meetsTarget()) {
      return candidate.measured().compareTo(best.measured()) < 0 ? candidate : best;
    }
    if (candidate.memoryKiB() != best.memoryKiB()) {
      return candidate.memoryKiB() > best.memoryKiB() ? candidate : best;
    }
    return candidate.iterations() > best.iterations() ? candidate : best;
  }

  private static void checkArguments(Duration target, int memoryCeilingKiB, int parallelism) {
    Objects.requireNonNull(target, "target");
    if (target.isNegative() || target.isZero() || target.compareTo(MAX_TARGET) > 0) {
      throw new IllegalArgumentException(
          "target must be more than 0 and at most " + MAX_TARGET + " but was " + target);
    }
    if (memoryCeilingKiB < MIN_MEMORY_KIB || memoryCeilingKiB > MAX_MEMORY_KIB) {
      throw new IllegalArgumentException("memoryCeilingKiB must be between " + MIN_MEMORY_KIB
          + " and " + MAX_MEMORY_KIB + " but was " + memoryCeilingKiB);
    }
    if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException("parallelism must be between 1 and "
          + MAX_PARALLELISM + " but was " + parallelism);
    }
  }

  /** Times whole hashes of a throw-away password. */
  private static final class Timer {
    private final SecureRandom random = new SecureRandom();
    private final int parallelism;

    Timer(int parallelism) {
      this.parallelism = parallelism;
    }

    /** Lets the JIT compile the hash before anything is timed. */
    void warmUp(int memoryKiB) {
      for (int i = 0; i < WARM_UPS; i++) {
        time(memoryKiB, 1);
      }
    }

    /** The median of a few hashes, in nanoseconds: one slow outlier does not count. */
    long median(int memoryKiB, int iterations) {
      long[] samples = new long[SAMPLES];
      for (int i = 0; i < SAMPLES; i++) {
        samples[i] = time(memoryKiB, iterations);
      }
      Arrays.sort(samples);
      return samples[SAMPLES / 2];
    }

    private long time(int memoryKiB, int iterations) {
      PasswordHasher hasher = PasswordHasher.create(
          PasswordHashing.builder().argon2id(memoryKiB, iterations, parallelism).build(), random);
      long start = System.nanoTime();
      hasher.burn(PROBE_PASSWORD);
      return Math.max(1, System.nanoTime() - start);
    }
  }
}
