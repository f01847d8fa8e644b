package org.virtualhall.gateway.outer.panorama;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.http.MediaType;
import org.virtualhall.gateway.gap.bundle.Hmac;

/**
 * One photo as served: its bytes and its preview, made once when the photo comes in, with an entity tag from its
 * content.
 */
record Panorama(String contentType, String etag, byte[] jpeg, byte[] preview) {

    static Panorama of(byte[] jpeg, PanoramaProperties props) {
        return new Panorama(MediaType.IMAGE_JPEG_VALUE, '"' + Hmac.sha256(jpeg).substring(0, 32) + '"', jpeg,
                scaled(jpeg, props.previewWidth(), props.previewQuality()));
    }

    /** The preview's tag differs from the full photo's, as its bytes do. */
    static String previewEtag(String etag) {
        return etag.substring(0, etag.length() - 1) + "-preview\"";
    }

    private static byte[] scaled(byte[] jpeg, int width, float quality) {
        try {
            BufferedImage full = ImageIO.read(new ByteArrayInputStream(jpeg));
            if (full.getWidth() <= width) {
                return jpeg;
            }
            BufferedImage small = new BufferedImage(width, width / 2, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(full, 0, 0, width, width / 2, null);
            g.dispose();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(small, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
