package org.gramscilens.xapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * One xAPI statement built from one progress store entry.
 *
 * @param seq the entry's sequence number in the learner's progress store (the queue's position)
 * @param id the statement id: a version 5 UUID of the learner's pseudonym and the entry
 * @param json the statement as sent; do not modify
 */
public record Statement(long seq, UUID id, ObjectNode json) {}
