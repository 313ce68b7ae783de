package dev.accountsecurity.examples.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The profile page: one HTML file, one style sheet, one script, read from the class path once.
 * The page's Content-Security-Policy allows only these files and images from this server (the
 * QR code), so an injected script would not run. Immutable.
 */
final class StaticFiles {
  private static final String FOLDER = "/dev/accountsecurity/examples/web/";
  private static final String PAGE_POLICY = "default-src 'none'; script-src 'self';"
      + " style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'none';"
      + " frame-ancestors 'none'; base-uri 'none'";

  private final byte[] html = read("profile.html");
  private final byte[] css = read("profile.css");
  private final byte[] js = read("profile.js");

  Reply page(Call call) {
    return Reply.bytes(html, "text/html; charset=utf-8")
        .header("Content-Security-Policy", PAGE_POLICY);
  }

  Reply styles(Call call) {
    return Reply.bytes(css, "text/css; charset=utf-8");
  }

  Reply script(Call call) {
    return Reply.bytes(js, "text/javascript; charset=utf-8");
  }

  private static byte[] read(String name) {
    try (InputStream in = StaticFiles.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException(FOLDER + name + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + name + " failed", e);
    }
  }
}
