package org.gramscilens.xapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * Who a statement is about. By default an xAPI {@code account} whose name is a random pseudonym kept in the
 * learner's data folder, so the LRS never learns who the learner is; a name and an email address are added
 * only when the learner chooses to share them.
 *
 * @param pseudonym the account name (a random UUID string), also the key of deterministic statement ids
 * @param name the learner's name, or null to keep it private
 * @param email the learner's email address, or null to keep it private
 */
public record Actor(String pseudonym, String name, String email) {

    /** The {@code account.homePage} of every pseudonymous learner. */
    public static final String HOME_PAGE = "https://gramsci-lens.org/learner";

    public Actor {
        Objects.requireNonNull(pseudonym, "pseudonym");
        if (pseudonym.isBlank()) {
            throw new IllegalArgumentException("pseudonym must not be blank");
        }
    }

    public static Actor pseudonymous(String pseudonym) {
        return new Actor(pseudonym, null, null);
    }

    /**
     * The xAPI Agent. An Agent may carry only one inverse functional identifier: with an email the
     * {@code mbox} identifies the learner, otherwise the account does.
     */
    public ObjectNode toJson() {
        ObjectNode agent = JsonNodeFactory.instance.objectNode();
        agent.put("objectType", "Agent");
        if (name != null && !name.isBlank()) {
            agent.put("name", name);
        }
        if (email != null && !email.isBlank()) {
            agent.put("mbox", "mailto:" + email.trim());
        } else {
            ObjectNode account = agent.putObject("account");
            account.put("homePage", HOME_PAGE);
            account.put("name", pseudonym);
        }
        return agent;
    }
}
