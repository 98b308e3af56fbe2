package org.tematik.core.theme.map;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.tematik.core.util.UserException;

/** Writes the map as SVG (vector, names as text) or PNG (at twice the map's size, sharp in print), by extension. */
public final class MapExport {
    public static final double PNG_SCALE = 2;

    private MapExport() {
    }

    /** Writes beside the file first and then moves it in place, so no reader ever sees half a picture. */
    public static void write(ThematicMap map, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".png")) {
            throw new UserException("map.error.format", file);
        }
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            if (name.endsWith(".svg")) {
                Files.writeString(part, svg(map), StandardCharsets.UTF_8);
            } else {
                try (java.io.OutputStream out = Files.newOutputStream(part)) { // ImageIO's own File path prints stack traces
                    ImageIO.write(png(map), "png", out);
                }
            }
            Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the first failure is the one to report
            }
            throw new UserException(e, "map.error.write", file, e.getMessage());
        }
    }

    public static String svg(ThematicMap map) {
        double[] b = MapPainter.bounds(map);
        SvgCanvas canvas = new SvgCanvas(b[2], b[3]);
        MapPainter.paint(map, canvas);
        return canvas.finish();
    }

    public static BufferedImage png(ThematicMap map) {
        double[] b = MapPainter.bounds(map);
        BufferedImage image = new BufferedImage((int) Math.ceil(b[2] * PNG_SCALE), (int) Math.ceil(b[3] * PNG_SCALE),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(PNG_SCALE, PNG_SCALE);
            MapPainter.paint(map, new AwtCanvas(g));
        } finally {
            g.dispose();
        }
        return image;
    }
}
