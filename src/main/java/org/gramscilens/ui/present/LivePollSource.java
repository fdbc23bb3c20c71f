package org.gramscilens.ui.present;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * Where a poll slide reads the answers learners give in their own copies of the app (the class LRS). Called
 * off the FX thread, every two seconds while a poll slide is shown.
 */
public interface LivePollSource {

    /**
     * How many learners chose each option since {@code since}, by option letter ("A", "B" …; true/false
     * as A and B), each learner's latest answer counted once.
     *
     * @throws IOException when the answers cannot be read now (the show of hands still works)
     */
    Map<String, Integer> answers(String questionId, Instant since) throws IOException;
}
