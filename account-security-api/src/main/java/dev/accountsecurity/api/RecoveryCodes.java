package dev.accountsecurity.api;

import java.util.List;

/**
 * Freshly issued recovery codes, to be shown to the user once. The library keeps only their
 * hashes.
 *
 * @param codes the codes, grouped for reading, for example {@code 7kq2-mx9d-4tbh-p3we}
 */
public record RecoveryCodes(List<String> codes) {

  /**
   * Copies the list.
   *
   * @param codes the codes, grouped for reading, for example {@code 7kq2-mx9d-4tbh-p3we}
   * @throws NullPointerException if the list or a code is null
   */
  public RecoveryCodes {
    codes = List.copyOf(codes);
  }

  /** Returns a text with the count only. */
  @Override
  public String toString() {
    return "RecoveryCodes[" + codes.size() + " codes, ***]";
  }
}
