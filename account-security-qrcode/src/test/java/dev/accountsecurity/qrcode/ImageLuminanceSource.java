package dev.accountsecurity.qrcode;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;

/** Grey levels of a whole image, for ZXing's reader in tests. */
final class ImageLuminanceSource extends LuminanceSource {
  private final byte[] luminances;

  ImageLuminanceSource(BufferedImage image) {
    super(image.getWidth(), image.getHeight());
    luminances = new byte[image.getWidth() * image.getHeight()];
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        luminances[y * image.getWidth() + x] = (byte) grey(image.getRGB(x, y));
      }
    }
  }

  @Override
  public byte[] getRow(int y, byte[] row) {
    byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
    System.arraycopy(luminances, y * getWidth(), out, 0, getWidth());
    return out;
  }

  @Override
  public byte[] getMatrix() {
    return luminances.clone();
  }

  private static int grey(int rgb) {
    int red = (rgb >> 16) & 0xff;
    int green = (rgb >> 8) & 0xff;
    int blue = rgb & 0xff;
    return (red * 299 + green * 587 + blue * 114) / 1000;
  }
}
