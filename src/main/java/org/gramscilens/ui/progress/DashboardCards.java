package org.gramscilens.ui.progress;

import javafx.scene.control.Label;
import org.gramscilens.ui.common.Messages;

/** Small pieces the dashboard's cards share. */
final class DashboardCards {
    private DashboardCards() {}

    static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("dash-card-heading");
        return l;
    }

    static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("dash-muted");
        l.setWrapText(true);
        return l;
    }
}
