import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the Gramsci Lens icon: an open book of ruled lines seen through a magnifying lens, on a deep red
 * tile. Run once with {@code java packaging/icon/DrawIcon.java packaging} (no build needed, headless);
 * writes gramsci-lens.png (256 px, Linux), gramsci-lens.ico (Windows) and gramsci-lens.icns (macOS),
 * the latter two wrapping the same PNG, which both formats allow.
 */
public final class DrawIcon {
    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        byte[] png = png(draw(256));
        Files.write(dir.resolve("gramsci-lens.png"), png);
        Files.write(dir.resolve("gramsci-lens.ico"), ico(png, 256));
        Files.write(dir.resolve("gramsci-lens.icns"), icns(png));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        // Tile: deep red, slightly lighter at the top.
        g.setPaint(new GradientPaint(0, 0, new Color(0xB3, 0x26, 0x2E), 0, 256, new Color(0x7A, 0x12, 0x1A)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));

        // Open book: two cream pages with ruled lines.
        Color page = new Color(0xFB, 0xF4, 0xE4);
        Color rule = new Color(0x9A, 0x8F, 0x7A);
        g.setColor(page);
        g.fill(new RoundRectangle2D.Double(36, 62, 90, 124, 10, 10));
        g.fill(new RoundRectangle2D.Double(130, 62, 90, 124, 10, 10));
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(rule);
        for (int i = 0; i < 5; i++) {
            double y = 84 + i * 20;
            g.draw(new Line2D.Double(50, y, 112, y));
            g.draw(new Line2D.Double(144, y, i == 4 ? 180 : 206, y));
        }

        // Lens: dark rim, pale glass showing a magnified line, handle to the lower right.
        Color ink = new Color(0x1F, 0x1B, 0x24);
        g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(ink);
        g.draw(new Line2D.Double(176, 176, 218, 218));
        Ellipse2D glass = new Ellipse2D.Double(92, 92, 100, 100);
        g.setColor(new Color(0xE8, 0xF1, 0xF6, 235));
        g.fill(glass);
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xB3, 0x26, 0x2E));
        g.draw(new Line2D.Double(110, 132, 174, 132));
        g.draw(new Line2D.Double(110, 156, 156, 156));
        g.setStroke(new BasicStroke(12));
        g.setColor(ink);
        g.draw(glass);
        g.setColor(new Color(255, 255, 255, 170));
        g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Arc2D.Double(104, 104, 76, 76, 100, 70, java.awt.geom.Arc2D.OPEN));
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** An ICO with one 256 px entry stored as PNG (Windows Vista and later read these). */
    static byte[] ico(byte[] png, int size) {
        ByteBuffer b = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
        b.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
        b.put(png);
        return b.array();
    }

    /** An ICNS with one 'ic08' (256 px) entry holding the PNG. */
    static byte[] icns(byte[] png) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBytes("icns");
        out.writeInt(8 + 8 + png.length);
        out.writeBytes("ic08");
        out.writeInt(8 + png.length);
        out.write(png);
        out.flush();
        return bytes.toByteArray();
    }
}
