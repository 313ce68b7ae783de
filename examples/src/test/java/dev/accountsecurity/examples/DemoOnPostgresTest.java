package dev.accountsecurity.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo given a PostgreSQL JDBC URL, as a host with a real database would run it: the same
 * story, twice on one database (the second run must not collide with the first's users).
 */
class DemoOnPostgresTest {
  @TempDir
  Path out;

  @Test
  void demo_onPostgresTwice_tellsTheWholeStoryBothTimes() throws IOException {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
      for (int run = 0; run < 2; run++) {
        String text = run("--jdbc-url", url, "--jdbc-user", "postgres", "--out", out.toString());
        assertTrue(text.contains("Stores:    jdbc:postgresql://localhost:"), text);
        assertTrue(text.contains("Done: every step answered as expected."), text);
      }
    }
  }

  private static String run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream print = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      int status = Demo.run(args, print);
      String text = bytes.toString(StandardCharsets.UTF_8);
      assertEquals(0, status, text);
      return text;
    }
  }
}
