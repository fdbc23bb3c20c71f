package org.gramscilens.ui;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.gramscilens.ui.common.Messages;

/** Opens web addresses in the system browser, only after the learner has seen the address and agreed. */
final class ExternalLinks {
    private ExternalLinks() {}

    static void confirmAndOpen(Window owner, String url) {
        if (!(url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:"))) {
            return;
        }
        ButtonType open = new ButtonType(Messages.get("external.open"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", open, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("external.title"));
        alert.setHeaderText(Messages.get("external.header"));
        alert.setContentText(url);
        alert.getDialogPane().setId("external-link-dialog");
        alert.showAndWait().filter(open::equals).ifPresent(b -> browse(owner, url));
    }

    private static void browse(Window owner, String url) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> cmd = os.contains("win")
                ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                : os.contains("mac") ? List.of("open", url) : List.of("xdg-open", url);
        try {
            new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            Alert a = new Alert(Alert.AlertType.WARNING, Messages.get("external.failed", url));
            a.initOwner(owner);
            a.showAndWait();
        }
    }
}
