package org.virtualhall.model.panorama;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.virtualhall.model.hall.HallSource;

/**
 * What a panorama photo must be: a JPEG (told by its magic bytes, not its name) twice as wide as it is high,
 * the equirectangular projection of the whole sphere. Reads only the header, never the pixels.
 */
public final class PanoramaImage {

    /** The smallest width that still shows a hall. */
    public static final int MIN_WIDTH = 512;

    private PanoramaImage() {
    }

    /** The photo of a viewpoint shipped in the assets jar ({@code hall/panoramas/<id>.jpg}); empty when there is none. */
    public static Optional<byte[]> shipped(String viewpoint) {
        if (!Viewpoint.validId(viewpoint)) {
            return Optional.empty();
        }
        try (InputStream in = HallSource.classpath().open(Viewpoint.FOLDER + viewpoint + ".jpg")) {
            return Optional.of(in.readAllBytes());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the bytes start as a JPEG does (SOI marker then another marker). */
    public static boolean isJpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
    }

    /** Why these bytes are not a usable panorama, in Chinese for the people who upload photos; empty when fine. */
    public static Optional<String> problem(byte[] bytes) {
        if (!isJpeg(bytes)) {
            return Optional.of("不是JPEG图片（按文件内容判断）");
        }
        int[] size = size(bytes);
        if (size == null) {
            return Optional.of("JPEG图片无法读取");
        }
        if (size[0] != 2 * size[1]) {
            return Optional.of("全景图须为2:1的等距柱状投影，此图为" + size[0] + "×" + size[1]);
        }
        if (size[0] < MIN_WIDTH) {
            return Optional.of("全景图宽度至少" + MIN_WIDTH + "像素，此图为" + size[0] + "×" + size[1]);
        }
        return Optional.empty();
    }

    /** Width and height from the JPEG header, or null when the header cannot be read. */
    public static int[] size(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return null;
        }
    }
}
