package dev.accountsecurity.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the demo in-process, as the README's first command does, and reads its story. */
class DemoTest {
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir
  Path out;

  private static Path countryFile() {
    String dir = System.getProperty("shared.data.dir", "../../shared/data");
    Path file = Path.of(dir).resolve("geo-whois-asn-country.mmdb");
    assumeTrue(Files.isRegularFile(file), "the country file is missing at " + file);
    return file;
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

  @Test
  void demo_withCountryFile_tellsTheWholeStory() throws IOException {
    String text = run("--mmdb", countryFile().toString(), "--out", out.toString());
    List<String> lines = text.lines().toList();

    assertTrue(text.contains("Stores:    H2 file "), text);
    assertTrue(has(lines, "^  Password \"password1\" refused +- Add an upper-case letter\\.$"));
    assertTrue(has(lines, "^  Member created +ben@acme\\.example .*"));
    assertTrue(has(lines, "^  Two-factor enabled +10 recovery codes, shown once:$"));
    assertTrue(has(lines, "^  Replayed code refused +\\d{6} again, on Safari on iPhone: This code"
        + " was used already\\. Please wait for the next code\\.$"), text);
    assertTrue(has(lines, "^  Throttled +Too many attempts\\. Please wait a moment and try"
        + " again\\.$"));
    assertTrue(has(lines, "^ +retry after \\d+ s$"));
    assertTrue(has(lines, "^  Recovery code used .*signed in, 9 codes left$"));
    assertTrue(has(lines, "^  Date \\(UTC\\) +Device +Type +Location +IP address +Outcome$"));
    assertTrue(has(lines, "^  \\S+ \\S+ +Chrome 131\\.0 on Windows 10 +Desktop +Germany \\(DE\\)"
        + " +80\\.156\\.86\\.78 +Signed in$"), text);
    assertTrue(has(lines, ".*Japan \\(JP\\) +210\\.130\\.1\\.1 .*"));
    assertTrue(has(lines, ".* Tablet +Brazil \\(BR\\) .*"));
    assertTrue(has(lines, ".* Bot +Australia \\(AU\\) .*"));
    assertTrue(has(lines, "^  Log out of all other sessions +7 sessions ended; this one stays$"),
        text);
    assertTrue(has(lines,
        "^  Member tries to reset the admin +refused: only a team admin may do that$"));
    assertTrue(has(lines, "^  2FA reset by admin +reason: Phone lost.*"));
    assertTrue(has(lines, "^  Password reset completed +\\d+ sessions? ended$"));
    assertTrue(has(lines, "^ +code \\d{6} accepted: signed in$"));
    assertTrue(has(lines, ".*Two-factor reset by ada@acme\\.example: \"Phone lost.*"));
    assertTrue(lines.get(lines.size() - 1).equals("Done: every step answered as expected."),
        text);
    assertTrue(!text.contains("Exception"), text);
    assertArrayEquals(PNG_MAGIC,
        Arrays.copyOf(Files.readAllBytes(out.resolve("ben-2fa-qr.png")), 8));
  }

  private static boolean has(List<String> lines, String regex) {
    Pattern pattern = Pattern.compile(regex);
    return lines.stream().anyMatch(line -> pattern.matcher(line).matches());
  }

  @Test
  void demo_unknownOption_usageAndStatus2() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status;
    try (PrintStream print = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      status = Demo.run(new String[] {"--colour"}, print);
    }
    assertEquals(2, status);
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("unknown option --colour" + System.lineSeparator()
        + "Usage: java -jar account-security-demo.jar [options]"), text);
  }

  @Test
  void demo_missingCountryFile_stopsWithOneLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status;
    try (PrintStream print = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      status = Demo.run(new String[] {"--mmdb", out.resolve("none.mmdb").toString(),
          "--out", out.toString()}, print);
    }
    assertEquals(1, status);
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith(System.lineSeparator() + "Demo stopped: "), text);
    assertTrue(!text.contains("\tat "), text);
  }
}
