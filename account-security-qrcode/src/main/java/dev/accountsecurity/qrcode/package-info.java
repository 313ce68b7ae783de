/**
 * QR codes for two-factor enrolment: the {@code otpauth://} Key URI as a PNG image or an SVG
 * document that a host puts on its enrolment page, drawn with ZXing.
 *
 * <p>Stateless and thread-safe. Parameters and return values are non-null.
 */
@NullMarked
package dev.accountsecurity.qrcode;

import org.jspecify.annotations.NullMarked;
