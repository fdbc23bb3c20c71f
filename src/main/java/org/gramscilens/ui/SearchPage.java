package org.gramscilens.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.gramscilens.search.SearchIndex;
import org.gramscilens.ui.common.Messages;

/**
 * The search results page. It is shown at once with "Searching…" and filled on the FX thread when the
 * results, computed on another thread, arrive; a page that has been left by then is filled unseen.
 */
final class SearchPage {
    private final VBox root;
    private final Label status;
    private final VBox list = new VBox();
    private final Consumer<SearchIndex.Hit> open;

    private SearchPage(String query, Consumer<SearchIndex.Hit> open) {
        this.open = open;
        root = new VBox();
        root.getStyleClass().add("lesson-page");
        root.setId("search-page");
        Label title = new Label(Messages.get("search.title", query));
        title.setId("page-title");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        status = new Label(Messages.get("search.searching"));
        status.setId("search-status");
        status.getStyleClass().add("lesson-summary");
        status.setWrapText(true);
        list.getStyleClass().add("search-results");
        root.getChildren().addAll(title, status, list);
    }

    /** A page for {@code query} that fills itself when {@code results} completes. */
    static Page of(String query, CompletableFuture<List<SearchIndex.Hit>> results, Consumer<SearchIndex.Hit> open) {
        SearchPage page = new SearchPage(query, open);
        results.whenComplete((hits, error) -> Platform.runLater(() -> page.show(error == null ? hits : List.of())));
        return new Page(page.root, Map.of(), List.of());
    }

    private void show(List<SearchIndex.Hit> hits) {
        status.setText(hits.isEmpty() ? Messages.get("search.none") : Messages.get("search.count", hits.size()));
        for (SearchIndex.Hit hit : hits) {
            Label where = new Label(
                    kindLabel(hit) + (hit.context() == null || hit.context().isEmpty() ? "" : " · " + hit.context()));
            where.getStyleClass().add("search-hit-context");
            where.setWrapText(true);
            Label title = new Label(hit.title());
            title.getStyleClass().add("search-hit-title");
            title.setWrapText(true);
            list.getChildren()
                    .add(new CardButton(
                            "search-hit",
                            hit.title() + ": " + hit.snippet(),
                            () -> open.accept(hit),
                            where,
                            title,
                            snippet(hit)));
        }
        root.getProperties().put("search-done", Boolean.TRUE);
    }

    private static String kindLabel(SearchIndex.Hit hit) {
        return switch (hit.kind()) {
            case LESSON -> Messages.get("search.kind.lesson");
            case GLOSSARY -> Messages.get("search.kind.glossary");
            case REFERENCE -> Messages.get("search.kind.reference");
        };
    }

    /** The snippet with the match in bold. */
    private static Node snippet(SearchIndex.Hit hit) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("search-hit-snippet");
        String s = hit.snippet();
        int at = SearchIndex.fold(s).indexOf(SearchIndex.fold(hit.match()));
        if (at < 0) {
            flow.getChildren().add(new Text(s));
        } else {
            Text before = new Text(s.substring(0, at));
            Text match = new Text(s.substring(at, at + hit.match().length()));
            match.getStyleClass().add("search-hit-match");
            Text after = new Text(s.substring(at + hit.match().length()));
            flow.getChildren().addAll(before, match, after);
        }
        flow.getChildren().forEach(n -> n.getStyleClass().add("search-hit-text"));
        return flow;
    }
}
