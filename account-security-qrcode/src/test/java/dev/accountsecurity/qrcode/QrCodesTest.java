package dev.accountsecurity.qrcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class QrCodesTest {
  private static final String URI =
      "otpauth://totp/Acme%20Corp%3A%20EU:jos%C3%A9%2Btest@example.com"
          + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Acme%20Corp%3A%20EU"
          + "&algorithm=SHA1&digits=6&period=30";
  private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

  @Test
  void png_otpauthUri_decodesBackToSameText() throws Exception {
    byte[] png = QrCodes.png(URI, 256);

    assertEquals(URI, decode(ImageIO.read(new ByteArrayInputStream(png))));
  }

  @Test
  void png_nonAsciiText_decodesBackAsUtf8() throws Exception {
    String text = "josé 日本 ✓";

    byte[] png = QrCodes.png(text, 200);

    assertEquals(text, decode(ImageIO.read(new ByteArrayInputStream(png))));
  }

  @Test
  void png_requestedSize_imageIsThatSquare() throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(URI, 300)));

    assertEquals(300, image.getWidth());
    assertEquals(300, image.getHeight());
  }

  @Test
  void png_sizeBelowModuleCount_oneModulePerPixel() throws Exception {
    int modules = modules(URI);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(URI, 32)));

    assertEquals(modules, image.getWidth());
  }

  @Test
  void png_quietZone_fourWhiteModulesAroundCode() throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(URI, 32)));

    for (int i = 0; i < image.getWidth(); i++) {
      for (int edge = 0; edge < 4; edge++) {
        assertEquals(0xffffffff, image.getRGB(i, edge), "row " + edge);
        assertEquals(0xffffffff, image.getRGB(edge, i), "column " + edge);
      }
    }
    assertEquals(0xff000000, image.getRGB(4, 4));
  }

  @Test
  void svg_otpauthUri_wellFormedWithModuleViewBox() throws Exception {
    String svg = QrCodes.svg(URI, 256);
    int modules = modules(URI);

    Element root = parse(svg).getDocumentElement();

    assertEquals("svg", root.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertEquals("0 0 " + modules + " " + modules, root.getAttribute("viewBox"));
    assertEquals("256", root.getAttribute("width"));
    assertEquals("256", root.getAttribute("height"));
    assertEquals(1, root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength());
  }

  @Test
  void svg_anyText_refersToNothingOutside() {
    String svg = QrCodes.svg(URI, 256);

    assertFalse(svg.contains("href"));
    assertFalse(svg.contains("url("));
    assertFalse(svg.contains("<!DOCTYPE"));
  }

  /** Paints the path's runs into an image and reads it back: the path is the code. */
  @Test
  void svg_pathRasterised_decodesBackToSameText() throws Exception {
    String svg = QrCodes.svg(URI, 256);
    Element path =
        (Element) parse(svg).getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").item(0);

    BufferedImage image = paint(path.getAttribute("d"), modules(URI), 4);

    assertEquals(URI, decode(image));
  }

  @Test
  void png_emptyText_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png("", 256));

    assertEquals("text must be 1 to 2000 characters but was 0", e.getMessage());
  }

  @Test
  void png_textOver2000Characters_throws() {
    String text = "a".repeat(2001);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png(text, 256));

    assertEquals("text must be 1 to 2000 characters but was 2001", e.getMessage());
  }

  @Test
  void svg_textOver2000Characters_throws() {
    String text = "a".repeat(2001);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> QrCodes.svg(text, 256));

    assertEquals("text must be 1 to 2000 characters but was 2001", e.getMessage());
  }

  @Test
  void png_textTooBigForAnyQrCode_throws() {
    String text = "日".repeat(2000);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png(text, 256));

    assertEquals("text does not fit a QR code", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {31, 0, -1, 4097})
  void png_sizeOutOfRange_throws(int size) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> QrCodes.png(URI, size));

    assertEquals("sizePixels must be between 32 and 4096 but was " + size, e.getMessage());
  }

  @Test
  void svg_sizeOutOfRange_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> QrCodes.svg(URI, 4097));

    assertEquals("sizePixels must be between 32 and 4096 but was 4097", e.getMessage());
  }

  @Test
  void png_nullText_throwsNamingParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> QrCodes.png(null, 1));

    assertEquals("text", e.getMessage());
  }

  @Test
  void svg_nullText_throwsNamingParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> QrCodes.svg(null, 1));

    assertEquals("text", e.getMessage());
  }

  /** Modules per side of the code ZXing makes at level M, quiet zone included. */
  private static int modules(String text) throws Exception {
    return Encoder.encode(text, ErrorCorrectionLevel.M).getMatrix().getWidth() + 8;
  }

  private static String decode(BufferedImage image)
      throws NotFoundException, ChecksumException, FormatException {
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminanceSource(image)));
    return new QRCodeReader().decode(bitmap).getText();
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static BufferedImage paint(String path, int modules, int scale) {
    BufferedImage image =
        new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_INT_RGB);
    fill(image, 0, 0, modules * scale, modules * scale, 0xffffff);
    Matcher run = RUN.matcher(path);
    int end = 0;
    while (run.find()) {
      assertEquals(end, run.start(), "the path holds only runs");
      assertEquals(run.group(3), run.group(4));
      int x = Integer.parseInt(run.group(1));
      int y = Integer.parseInt(run.group(2));
      int length = Integer.parseInt(run.group(3));
      fill(image, x * scale, y * scale, length * scale, scale, 0x000000);
      end = run.end();
    }
    assertEquals(path.length(), end);
    return image;
  }

  private static void fill(BufferedImage image, int x, int y, int width, int height, int rgb) {
    for (int dy = 0; dy < height; dy++) {
      for (int dx = 0; dx < width; dx++) {
        image.setRGB(x + dx, y + dy, rgb);
      }
    }
  }
}
