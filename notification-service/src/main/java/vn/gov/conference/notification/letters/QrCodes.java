package vn.gov.conference.notification.letters;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The check-in QR code as a PNG, for the desk at the venue to scan from the delegate's phone or printout.
 *
 * <p>About one code in seventy that the encoder's preferred mask produces is not found by a scanner that looks for
 * the code in the picture (ZXing's detector, as in phone apps): its data happens to form finder-like patterns. So
 * each code is read back as a scanner would before it is sent, and drawn with another mask when it does not scan.
 */
public final class QrCodes {

    // Large enough for a whole number of pixels per module at the version a signed check-in link needs.
    private static final int SIZE = 330;
    // The quiet zone the standard asks for (ISO/IEC 18004: four modules).
    private static final int QUIET_ZONE = 4;
    private static final int MASK_PATTERNS = 8;

    private QrCodes() {}

    public static byte[] png(String content) {
        BitMatrix matrix = scannable(content);
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /** The encoder's choice when a scanner reads it, else the first mask pattern that scans. */
    static BitMatrix scannable(String content) {
        BitMatrix preferred = encode(content, null);
        if (scansAs(preferred, content)) {
            return preferred;
        }
        for (int mask = 0; mask < MASK_PATTERNS; mask++) {
            BitMatrix other = encode(content, mask);
            if (scansAs(other, content)) {
                return other;
            }
        }
        // Never seen: every mask failing would need a detector defect beyond these patterns; the code is still valid.
        return preferred;
    }

    static BitMatrix encode(String content, Integer maskPattern) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        if (maskPattern != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, maskPattern);
        }
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, SIZE, SIZE, hints);
        } catch (WriterException ex) {
            throw new IllegalArgumentException("Cannot encode a QR code for this content: " + ex.getMessage(), ex);
        }
    }

    /** Read as a phone reads a picture: the detector finds the code, no hint that the image is only the code. */
    static boolean scansAs(BitMatrix matrix, String content) {
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        byte[] luminance = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                luminance[y * width + x] = (byte) (matrix.get(x, y) ? 0 : 255);
            }
        }
        PlanarYUVLuminanceSource source =
                new PlanarYUVLuminanceSource(luminance, width, height, 0, 0, width, height, false);
        try {
            return content.equals(new QRCodeReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(source)))
                    .getText());
        } catch (ReaderException ex) {
            return false;
        }
    }
}
