package dev.accountsecurity.qrcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Draws a text, usually an {@code otpauth://} Key URI, as a QR code with error correction level
 * M and a quiet zone of four modules.
 *
 * <p>The text is the secret an authenticator app reads: serve the image only to the user being
 * enrolled, with caching off, and never log or store it.
 *
 * <p>Stateless and thread-safe.
 */
public final class QrCodes {
  /** The longest text drawn; Key URIs are far shorter. */
  public static final int MAX_TEXT_LENGTH = 2000;
  /** The smallest image size, in pixels. */
  public static final int MIN_SIZE_PIXELS = 32;
  /** The largest image size, in pixels. */
  public static final int MAX_SIZE_PIXELS = 4096;

  private static final int QUIET_ZONE_MODULES = 4;
  private static final int BLACK = 0x000000;
  private static final int WHITE = 0xffffff;

  private QrCodes() {}

  /**
   * Draws a QR code as a PNG image in black and white. The image is {@code sizePixels} square,
   * the modules scaled by a whole factor and centred; where the code needs more pixels than
   * that, at one pixel per module, it is that much larger.
   *
   * @param text the text, 1 to {@value #MAX_TEXT_LENGTH} characters
   * @param sizePixels the width and height, {@value #MIN_SIZE_PIXELS} to
   *     {@value #MAX_SIZE_PIXELS}
   * @return the PNG file's bytes
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is empty, too long or does not fit a QR code,
   *     or the size is out of range
   */
  public static byte[] png(String text, int sizePixels) {
    checkText(text);
    checkSize(sizePixels);
    BitMatrix matrix = encode(text, sizePixels);
    return writePng(toImage(matrix));
  }

  /**
   * Draws a QR code as an SVG document: a white square and one {@code <path>} of the dark
   * modules, in a view box of one unit per module (quiet zone included), shown at
   * {@code sizePixels} square. It refers to nothing outside itself.
   *
   * @param text the text, 1 to {@value #MAX_TEXT_LENGTH} characters
   * @param sizePixels the displayed width and height, {@value #MIN_SIZE_PIXELS} to
   *     {@value #MAX_SIZE_PIXELS}
   * @return the SVG document
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is empty, too long or does not fit a QR code,
   *     or the size is out of range
   */
  public static String svg(String text, int sizePixels) {
    checkText(text);
    checkSize(sizePixels);
    // Size 0 asks ZXing for one pixel per module: the view box is then in modules.
    BitMatrix matrix = encode(text, 0);
    int modules = matrix.getWidth();
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + sizePixels
        + "\" height=\"" + sizePixels + "\" viewBox=\"0 0 " + modules + ' ' + modules
        + "\" shape-rendering=\"crispEdges\">"
        + "<rect width=\"" + modules + "\" height=\"" + modules + "\" fill=\"#ffffff\"/>"
        + "<path fill=\"#000000\" d=\"" + darkModulesPath(matrix) + "\"/></svg>";
  }

  private static BitMatrix encode(String text, int sizePixels) {
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePixels, sizePixels,
          hints(text));
    } catch (WriterException e) {
      throw new IllegalArgumentException("text does not fit a QR code", e);
    }
  }

  private static Map<EncodeHintType, Object> hints(String text) {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    hints.put(EncodeHintType.MARGIN, QUIET_ZONE_MODULES);
    // ASCII reads the same in QR's default ISO-8859-1; naming UTF-8 only when needed keeps the
    // extra ECI header, which some older scanners stumble on, out of plain Key URIs.
    if (!isAscii(text)) {
      hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    }
    return hints;
  }

  /** One subpath per horizontal run of dark modules: move, right, down, back left, close. */
  private static String darkModulesPath(BitMatrix matrix) {
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < matrix.getHeight(); y++) {
      int x = 0;
      while (x < matrix.getWidth()) {
        if (!matrix.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < matrix.getWidth() && matrix.get(x, y)) {
          x++;
        }
        int run = x - start;
        path.append('M').append(start).append(' ').append(y)
            .append('h').append(run).append("v1h-").append(run).append('z');
      }
    }
    return path.toString();
  }

  private static BufferedImage toImage(BitMatrix matrix) {
    int width = matrix.getWidth();
    int height = matrix.getHeight();
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
      }
    }
    return image;
  }

  private static byte[] writePng(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("this JVM has no PNG writer");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toByteArray();
  }

  private static void checkText(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "text must be 1 to " + MAX_TEXT_LENGTH + " characters but was " + text.length());
    }
  }

  private static void checkSize(int sizePixels) {
    if (sizePixels < MIN_SIZE_PIXELS || sizePixels > MAX_SIZE_PIXELS) {
      throw new IllegalArgumentException(
          "sizePixels must be between " + MIN_SIZE_PIXELS + " and " + MAX_SIZE_PIXELS
              + " but was " + sizePixels);
    }
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }
}
