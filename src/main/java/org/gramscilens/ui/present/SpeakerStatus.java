package org.gramscilens.ui.present;

/** The speaker view's line about what is going on and what the next key press will do. */
final class SpeakerStatus {
    private SpeakerStatus() {}

    static String of(PresentationModel model) {
        if (model.size() == 0) {
            return Messages.get("slide.empty");
        }
        StringBuilder b = new StringBuilder();
        switch (model.blackoutProperty().get()) {
            case BLACK -> b.append(Messages.get("status.black")).append('\n');
            case WHITE -> b.append(Messages.get("status.white")).append('\n');
            default -> {}
        }
        if (!model.typedNumberProperty().get().isEmpty()) {
            b.append(Messages.get("status.typed", model.typedNumberProperty().get()))
                    .append('\n');
        }
        SlideState state = model.state(model.index());
        SlideContent content = model.contents().of(model.index());
        if (state.revealed() < state.steps()) {
            b.append(
                    content instanceof SlideContent.MapPart
                            ? Messages.get("status.nextProposition", state.revealed() + 1, state.steps())
                            : Messages.get("status.nextAnswer"));
        } else if (state.scrollProperty().get() < state.scrollPagesProperty().get()) {
            b.append(Messages.get(
                    "status.nextPage",
                    state.scrollProperty().get() + 2,
                    state.scrollPagesProperty().get() + 1));
        } else if (model.index() + 1 < model.size()) {
            b.append(Messages.get("status.nextSlide"));
        } else {
            b.append(Messages.get("status.last"));
        }
        return b.toString();
    }
}
