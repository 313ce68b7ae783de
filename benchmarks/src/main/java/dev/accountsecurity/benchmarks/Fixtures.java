package dev.accountsecurity.benchmarks;

import java.util.SplittableRandom;

/** Deterministic inputs, so every run measures the same data. */
final class Fixtures {
  static final String PASSWORD = "Correct-Horse-Battery-Staple-42";

  private Fixtures() {}

  /** Bytes from a fixed seed: not secret, only repeatable. */
  static byte[] bytes(int length, long seed) {
    byte[] out = new byte[length];
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < length; i++) {
      out[i] = (byte) random.nextInt(256);
    }
    return out;
  }
}
