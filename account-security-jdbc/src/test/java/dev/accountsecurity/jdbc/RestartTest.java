package dev.accountsecurity.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.accountsecurity.api.LoginEvent;
import dev.accountsecurity.api.LoginEventId;
import dev.accountsecurity.api.LoginOutcome;
import dev.accountsecurity.spi.SessionRecord;
import dev.accountsecurity.spi.UserRecord;
import dev.accountsecurity.testkit.TestData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is written survives a restart of the database server: a PostgreSQL server of its own,
 * with default durability settings, on a data directory kept between two starts.
 */
class RestartTest {

  @Test
  void restart_sameDataDirectory_userSessionAndEventReadBack(@TempDir Path directory)
      throws IOException {
    UserRecord user = TestData.fullUser(TestData.newLoginName());
    SessionRecord session = TestData.session(user.id(), TestData.newTokenHash());
    LoginEvent event = TestData.loginEvent(
        LoginEventId.of("restart-1"), user.id(), TestData.at(5), LoginOutcome.SUCCESS);

    try (EmbeddedPostgres server = start(directory)) {
      assertEquals(1, JdbcSchema.initialize(server.getPostgresDatabase(), Dialect.POSTGRESQL,
          JdbcStores.DEFAULT_TABLE_PREFIX));
      JdbcStores stores = JdbcStores.builder().dataSource(server.getPostgresDatabase()).build();
      assertTrue(stores.users().create(user));
      stores.sessions().create(session);
      stores.loginActivity().append(event);
    }

    try (EmbeddedPostgres server = start(directory)) {
      assertEquals(0, JdbcSchema.initialize(server.getPostgresDatabase(), Dialect.POSTGRESQL,
          JdbcStores.DEFAULT_TABLE_PREFIX));
      JdbcStores stores = JdbcStores.builder().dataSource(server.getPostgresDatabase()).build();
      assertEquals(Optional.of(user), stores.users().findById(user.id()));
      assertEquals(Optional.of(session), stores.sessions().findByTokenHash(session.tokenHash()));
      assertEquals(List.of(event), stores.loginActivity().page(user.id(), null, 10));
    }
  }

  private static EmbeddedPostgres start(Path directory) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(directory.resolve("data"))
        .setCleanDataDirectory(false)
        .start();
  }
}
