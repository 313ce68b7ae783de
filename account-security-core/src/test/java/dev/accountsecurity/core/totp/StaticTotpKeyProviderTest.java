package dev.accountsecurity.core.totp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaticTotpKeyProviderTest {

  @Test
  void key_addedId_returnsAesKeyWithThoseBytes() {
    StaticTotpKeyProvider keys =
        StaticTotpKeyProvider.builder().key("k1", SecretBoxTest.key(1)).current("k1").build();

    assertEquals("k1", keys.currentKeyId());
    assertEquals("AES", keys.key("k1").orElseThrow().getAlgorithm());
    assertArrayEquals(SecretBoxTest.key(1), keys.key("k1").orElseThrow().getEncoded());
  }

  @Test
  void key_unknownId_empty() {
    StaticTotpKeyProvider keys =
        StaticTotpKeyProvider.builder().key("k1", SecretBoxTest.key(1)).current("k1").build();

    assertEquals(Optional.empty(), keys.key("k2"));
  }

  @Test
  void key_arrayChangedAfterAdding_providerKeepsCopy() {
    byte[] bytes = SecretBoxTest.key(1);
    StaticTotpKeyProvider.Builder builder = StaticTotpKeyProvider.builder().key("k1", bytes);
    bytes[0] = 9;

    StaticTotpKeyProvider keys = builder.current("k1").build();

    assertArrayEquals(SecretBoxTest.key(1), keys.key("k1").orElseThrow().getEncoded());
  }

  @Test
  void key_31Bytes_throws() {
    StaticTotpKeyProvider.Builder builder = StaticTotpKeyProvider.builder();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder.key("k1", new byte[31]));

    assertEquals("key must be 32 bytes but was 31", e.getMessage());
  }

  @Test
  void key_repeatedId_throws() {
    StaticTotpKeyProvider.Builder builder =
        StaticTotpKeyProvider.builder().key("k1", SecretBoxTest.key(1));

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> builder.key("k1", SecretBoxTest.key(2)));

    assertEquals("key id must be unique but 'k1' was repeated", e.getMessage());
  }

  @Test
  void key_malformedId_throws() {
    StaticTotpKeyProvider.Builder builder = StaticTotpKeyProvider.builder();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> builder.key("k 1", SecretBoxTest.key(1)));

    assertEquals(
        "key id must be 1 to 64 characters from [A-Za-z0-9._-] but was not", e.getMessage());
  }

  @Test
  void build_noKeys_throws() {
    StaticTotpKeyProvider.Builder builder = StaticTotpKeyProvider.builder().current("k1");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

    assertEquals("keys must hold at least one key but held none", e.getMessage());
  }

  @Test
  void build_currentNotAdded_throws() {
    StaticTotpKeyProvider.Builder builder =
        StaticTotpKeyProvider.builder().key("k1", SecretBoxTest.key(1)).current("k2");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);

    assertEquals("current must name an added key but was 'k2'", e.getMessage());
  }

  @Test
  void toString_idsOnly() {
    StaticTotpKeyProvider keys =
        StaticTotpKeyProvider.builder()
            .key("k2", SecretBoxTest.key(2))
            .key("k1", SecretBoxTest.key(1))
            .current("k2")
            .build();

    assertEquals("StaticTotpKeyProvider[current=k2, ids=[k1, k2], keys=***]", keys.toString());
  }

  @Test
  void generate_random_oneCurrent32ByteKey() {
    StaticTotpKeyProvider keys = StaticTotpKeyProvider.generate(new SecureRandom());

    assertEquals("generated", keys.currentKeyId());
    assertEquals(32, keys.key("generated").orElseThrow().getEncoded().length);
  }

  @Test
  void key_nullId_throwsNamingParameter() {
    StaticTotpKeyProvider keys = StaticTotpKeyProvider.generate(new SecureRandom());

    NullPointerException e = assertThrows(NullPointerException.class, () -> keys.key(null));

    assertEquals("keyId", e.getMessage());
  }
}
