package org.gramscilens.ui.quiz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.gramscilens.quiz.FormattedText;
import org.gramscilens.quiz.QuestionExtras;
import org.gramscilens.ui.common.Messages;

/**
 * The pictures a question's text (or feedback) links to, as the quiz shows them under it: files embedded
 * in a Moodle XML question ({@code @@PLUGINFILE@@/name}), and files beside the quiz ({@code media/name},
 * where {@code convert --to gift} puts them), both from HTML {@code <img src>} and Markdown
 * {@code ![alt](src)}. A picture that cannot be read shows its description instead; nothing outside the
 * quiz's folder is read.
 */
final class QuestionPictures {

    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("\\bsrc\\s*=\\s*([\"'])(.*?)\\1", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\balt\\s*=\\s*([\"'])(.*?)\\1", Pattern.CASE_INSENSITIVE);
    private static final Pattern WIDTH = Pattern.compile("\\bwidth\\s*=\\s*[\"']?(\\d{1,4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN = Pattern.compile("!\\[([^\\]]*)]\\(\\s*<?([^)\\s>]+)>?[^)]*\\)");
    private static final String PLUGINFILE = "@@PLUGINFILE@@/";
    private static final double MAX_WIDTH = 480;

    private QuestionPictures() {}

    /** One picture link: where it points, its description and the width the text asks for (0: its own). */
    record Link(String src, String alt, double width) {}

    static List<Link> links(FormattedText text) {
        List<Link> out = new ArrayList<>();
        Matcher m = IMG.matcher(text.text());
        while (m.find()) {
            String tag = m.group();
            Matcher src = SRC.matcher(tag);
            if (src.find()) {
                Matcher alt = ALT.matcher(tag);
                Matcher width = WIDTH.matcher(tag);
                out.add(new Link(
                        src.group(2),
                        alt.find() ? alt.group(2) : "",
                        width.find() ? Double.parseDouble(width.group(1)) : 0));
            }
        }
        Matcher md = MARKDOWN.matcher(text.text());
        while (md.find()) {
            out.add(new Link(md.group(2), md.group(1), 0));
        }
        return out;
    }

    /** The pictures of {@code text}, read from {@code extras} or from {@code folder}; empty if none. */
    static List<Node> nodes(FormattedText text, QuestionExtras extras, Path folder) {
        List<Node> out = new ArrayList<>();
        for (Link link : links(text)) {
            Optional<byte[]> bytes = bytes(link.src(), extras, folder);
            Image image = bytes.map(b -> new Image(new ByteArrayInputStream(b))).orElse(null);
            if (image == null || image.isError()) {
                Label missing = new Label(
                        Messages.get("quiz.picture.missing", link.alt().isBlank() ? link.src() : link.alt()));
                missing.getStyleClass().add("quiz-picture-missing");
                out.add(missing);
                continue;
            }
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            double width = link.width() > 0 ? link.width() : image.getWidth();
            view.setFitWidth(Math.min(width, MAX_WIDTH));
            view.getStyleClass().add("quiz-picture");
            view.setAccessibleText(link.alt().isBlank() ? Messages.get("quiz.picture") : link.alt());
            out.add(view);
        }
        return out;
    }

    private static Optional<byte[]> bytes(String src, QuestionExtras extras, Path folder) {
        if (src.startsWith(PLUGINFILE)) {
            String name =
                    URLDecoder.decode(src.substring(PLUGINFILE.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
            for (QuestionExtras.MediaFile f : extras.files()) {
                if (f.name().equals(name)) {
                    try {
                        return Optional.of(f.bytes());
                    } catch (IllegalArgumentException e) {
                        return Optional.empty(); // not base64: shown as missing
                    }
                }
            }
            return Optional.empty();
        }
        if (folder == null || src.contains(":") || src.startsWith("/")) {
            return Optional.empty(); // web addresses and absolute paths are not read
        }
        Path file = folder.resolve(URLDecoder.decode(src.replace("+", "%2B"), StandardCharsets.UTF_8))
                .normalize();
        if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(in.readNBytes(20_000_000));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
