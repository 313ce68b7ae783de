package dev.accountsecurity.core.totp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.api.UserId;
import dev.accountsecurity.spi.EncryptedSecret;
import dev.accountsecurity.spi.TotpKeyProvider;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class SecretBoxTest {
  private static final UserId ANN = UserId.of("ann");
  private static final UserId BOB = UserId.of("bob");
  private static final byte[] SECRET = Totp.newSecret(new SecureRandom());

  private final SecureRandom random = new SecureRandom();
  private final StaticTotpKeyProvider keys =
      StaticTotpKeyProvider.builder().key("k1", key(1)).current("k1").build();
  private final SecretBox box = new SecretBox(keys, random);

  @Test
  void open_sealedSecret_returnsIt() {
    EncryptedSecret sealed = box.seal(ANN, SECRET);

    assertArrayEquals(SECRET, box.open(ANN, sealed));
  }

  @Test
  void seal_secret_nonceCiphertextAndTagUnderCurrentKey() {
    EncryptedSecret sealed = box.seal(ANN, SECRET);

    assertEquals("k1", sealed.keyId());
    assertEquals(12 + SECRET.length + 16, Base64.getDecoder().decode(sealed.ciphertext()).length);
  }

  @Test
  void seal_sameSecretTwice_differentCiphertexts() {
    assertNotEquals(box.seal(ANN, SECRET).ciphertext(), box.seal(ANN, SECRET).ciphertext());
  }

  @Test
  void open_otherUser_throws() {
    EncryptedSecret sealed = box.seal(ANN, SECRET);

    SecretBoxException e = assertThrows(SecretBoxException.class, () -> box.open(BOB, sealed));

    assertEquals(
        "secret under key 'k1' failed authentication: changed, or sealed for another user",
        e.getMessage());
  }

  /** Flipping one bit anywhere, in nonce, ciphertext or tag, fails authentication. */
  @Test
  void open_anyByteTampered_throws() {
    EncryptedSecret sealed = box.seal(ANN, SECRET);
    byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
    for (int i = 0; i < bytes.length; i++) {
      EncryptedSecret tampered = new EncryptedSecret("k1", flipped(bytes, i));

      assertThrows(SecretBoxException.class, () -> box.open(ANN, tampered), "byte " + i);
    }
  }

  @Test
  void open_unknownKeyId_throwsNamingKeyIdOnly() {
    EncryptedSecret sealed = box.seal(ANN, SECRET);
    EncryptedSecret moved = new EncryptedSecret("k9", sealed.ciphertext());

    SecretBoxException e = assertThrows(SecretBoxException.class, () -> box.open(ANN, moved));

    assertEquals("no key with id 'k9'", e.getMessage());
  }

  @Test
  void open_malformedKeyId_messageDoesNotEchoIt() {
    EncryptedSecret sealed = new EncryptedSecret("k1' OR 1=1 --", "AAAA");

    SecretBoxException e = assertThrows(SecretBoxException.class, () -> box.open(ANN, sealed));

    assertEquals("no key with id (malformed id)", e.getMessage());
  }

  @Test
  void open_notBase64_throws() {
    EncryptedSecret sealed = new EncryptedSecret("k1", "not base64!");

    SecretBoxException e = assertThrows(SecretBoxException.class, () -> box.open(ANN, sealed));

    assertEquals("ciphertext under key 'k1' is not Base64", e.getMessage());
  }

  @Test
  void open_shorterThanNonceAndTag_throws() {
    String text = Base64.getEncoder().encodeToString(new byte[28]);
    EncryptedSecret sealed = new EncryptedSecret("k1", text);

    SecretBoxException e = assertThrows(SecretBoxException.class, () -> box.open(ANN, sealed));

    assertEquals("ciphertext under key 'k1' is too short", e.getMessage());
  }

  @Test
  void open_longerThanLimit_throws() {
    EncryptedSecret sealed = new EncryptedSecret("k1", "A".repeat(1028));

    SecretBoxException e = assertThrows(SecretBoxException.class, () -> box.open(ANN, sealed));

    assertEquals("ciphertext under key 'k1' is too long", e.getMessage());
  }

  @Test
  void open_failure_messageHoldsNoCiphertext() {
    EncryptedSecret sealed = box.seal(ANN, SECRET);

    SecretBoxException e = assertThrows(SecretBoxException.class, () -> box.open(BOB, sealed));

    assertFalse(e.getMessage().contains(sealed.ciphertext().substring(0, 8)));
  }

  @Test
  void rotation_newCurrentKey_oldSecretsStillOpenAndNeedRotation() {
    EncryptedSecret old = box.seal(ANN, SECRET);
    StaticTotpKeyProvider rotated =
        StaticTotpKeyProvider.builder().key("k1", key(1)).key("k2", key(2)).current("k2").build();
    SecretBox newBox = new SecretBox(rotated, random);

    assertArrayEquals(SECRET, newBox.open(ANN, old));
    assertTrue(newBox.needsRotation(old));
    assertFalse(box.needsRotation(old));
  }

  @Test
  void reseal_oldSecret_underCurrentKeyAndOpens() {
    EncryptedSecret old = box.seal(ANN, SECRET);
    StaticTotpKeyProvider rotated =
        StaticTotpKeyProvider.builder().key("k1", key(1)).key("k2", key(2)).current("k2").build();
    SecretBox newBox = new SecretBox(rotated, random);

    EncryptedSecret resealed = newBox.reseal(ANN, old);

    assertEquals("k2", resealed.keyId());
    assertFalse(newBox.needsRotation(resealed));
    assertArrayEquals(SECRET, newBox.open(ANN, resealed));
  }

  @Test
  void open_retiredKey_throws() {
    EncryptedSecret old = box.seal(ANN, SECRET);
    StaticTotpKeyProvider retired =
        StaticTotpKeyProvider.builder().key("k2", key(2)).current("k2").build();
    SecretBox newBox = new SecretBox(retired, random);

    SecretBoxException e = assertThrows(SecretBoxException.class, () -> newBox.open(ANN, old));

    assertEquals("no key with id 'k1'", e.getMessage());
  }

  @Test
  void open_sameIdButOtherKey_throws() {
    EncryptedSecret sealed = box.seal(ANN, SECRET);
    SecretBox other =
        new SecretBox(StaticTotpKeyProvider.builder().key("k1", key(7)).current("k1").build(),
            random);

    assertThrows(SecretBoxException.class, () -> other.open(ANN, sealed));
  }

  @Test
  void seal_providerWithoutItsCurrentKey_throws() {
    TotpKeyProvider broken =
        new TotpKeyProvider() {
          @Override
          public String currentKeyId() {
            return "gone";
          }

          @Override
          public Optional<SecretKey> key(String keyId) {
            return Optional.empty();
          }
        };
    SecretBox brokenBox = new SecretBox(broken, random);

    SecretBoxException e =
        assertThrows(SecretBoxException.class, () -> brokenBox.seal(ANN, SECRET));

    assertEquals("no key with id 'gone'", e.getMessage());
  }

  @Test
  void seal_emptySecret_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> box.seal(ANN, new byte[0]));

    assertEquals("secret must be 1 to 128 bytes but was 0", e.getMessage());
  }

  @Test
  void seal_nullUser_throwsNamingParameter() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> box.seal(null, SECRET));

    assertEquals("user", e.getMessage());
  }

  @Test
  void open_nullSealed_throwsNamingParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> box.open(ANN, null));

    assertEquals("sealed", e.getMessage());
  }

  @Test
  void toString_holdsNoKey() {
    assertEquals("SecretBox[AES/GCM/NoPadding]", box.toString());
  }

  static byte[] key(int fill) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) fill);
    return key;
  }

  private static String flipped(byte[] bytes, int index) {
    byte[] copy = bytes.clone();
    copy[index] ^= 0x01;
    return Base64.getEncoder().encodeToString(copy);
  }
}
