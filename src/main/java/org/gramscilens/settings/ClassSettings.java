package org.gramscilens.settings;

import java.net.URI;
import java.util.Optional;

/**
 * A learner's link to a class's Learning Record Store (Settings → Class): where the LRS is, its key and
 * secret, whether to send progress, and what to say about who they are. Kept per profile, owner-only
 * ({@link ClassSettingsStore}); never put in exports or messages.
 *
 * @param endpoint the LRS's xAPI endpoint, "" when none is set
 * @param sendProgress off until the learner turns it on (or confirms a course's suggestion)
 * @param shareIdentity send {@code name} and {@code email} with statements; otherwise only a pseudonym
 * @param shareReflections send the text of reflections; otherwise only that one was written
 */
public record ClassSettings(
        String endpoint,
        String key,
        String secret,
        boolean sendProgress,
        boolean shareIdentity,
        String name,
        String email,
        boolean shareReflections) {

    public ClassSettings {
        endpoint = endpoint == null ? "" : endpoint.strip();
        key = key == null ? "" : key;
        secret = secret == null ? "" : secret;
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip();
    }

    public static ClassSettings none() {
        return new ClassSettings("", "", "", false, false, "", "", false);
    }

    /** Whether an LRS is configured: an http(s) endpoint is set. */
    public boolean hasLrs() {
        return endpointProblem().isEmpty() && !endpoint.isEmpty();
    }

    /** Whether statements should go to the LRS now. */
    public boolean sending() {
        return sendProgress && hasLrs();
    }

    /** What is wrong with the endpoint, in plain words; empty when it is usable or not set. */
    public Optional<String> endpointProblem() {
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(endpoint);
            if (uri.getScheme() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                return Optional.of("'" + endpoint + "' must start with http:// or https:// and name a host, "
                        + "e.g. https://lrs.example.org/data/xAPI/");
            }
            return Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.of("'" + endpoint + "' is not an address (" + e.getReason() + "), e.g. "
                    + "https://lrs.example.org/data/xAPI/");
        }
    }

    /** The same settings with sending switched on or off. */
    public ClassSettings withSendProgress(boolean on) {
        return new ClassSettings(endpoint, key, secret, on, shareIdentity, name, email, shareReflections);
    }

    /** The name to send, or null when the learner keeps it private. */
    public String sharedName() {
        return shareIdentity && !name.isEmpty() ? name : null;
    }

    /** The email to send, or null when the learner keeps it private. */
    public String sharedEmail() {
        return shareIdentity && !email.isEmpty() ? email : null;
    }

    /** No secret here: safe to print. */
    @Override
    public String toString() {
        return "ClassSettings[endpoint=" + endpoint + ", sendProgress=" + sendProgress + "]";
    }
}
