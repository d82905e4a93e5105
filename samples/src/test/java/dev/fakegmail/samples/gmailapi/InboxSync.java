package dev.fakegmail.samples.gmailapi;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.gmail.Gmail;
import com.google.api.services.gmail.model.History;
import com.google.api.services.gmail.model.HistoryMessageAdded;
import com.google.api.services.gmail.model.ListHistoryResponse;
import com.google.api.services.gmail.model.ListMessagesResponse;
import com.google.api.services.gmail.model.Message;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An application's mailbox sync as Google's "Synchronize clients with Gmail" guide describes it: a full sync lists
 * every message and keeps the profile's {@code historyId}; a partial sync asks {@code users.history.list} what was
 * added since; a 404 means the stored id is too old, and the app syncs in full again.
 */
final class InboxSync {
    private final Gmail api;
    private final Set<String> known = new LinkedHashSet<>();
    private BigInteger historyId;
    private int fullSyncs;

    InboxSync(Gmail api) {
        this.api = api;
    }

    /** Brings the local copy up to date; answers the ids of the messages it did not have, oldest first. */
    List<String> sync() throws IOException {
        if (historyId == null) {
            return full();
        }
        try {
            return partial();
        } catch (GoogleJsonResponseException e) {
            if (e.getStatusCode() == 404) {
                return full();
            }
            throw e;
        }
    }

    /** How many full syncs it made. */
    int fullSyncs() {
        return fullSyncs;
    }

    private List<String> full() throws IOException {
        fullSyncs++;
        historyId = api.users().getProfile("me").execute().getHistoryId();
        List<String> all = new ArrayList<>();
        String page = null;
        do {
            ListMessagesResponse response = api.users().messages().list("me").setPageToken(page).execute();
            if (response.getMessages() != null) {
                response.getMessages().forEach(message -> all.add(0, message.getId()));
            }
            page = response.getNextPageToken();
        } while (page != null);
        return added(all);
    }

    private List<String> partial() throws IOException {
        List<String> ids = new ArrayList<>();
        String page = null;
        ListHistoryResponse response;
        do {
            response = api.users().history().list("me").setStartHistoryId(historyId)
                    .setHistoryTypes(List.of("messageAdded")).setPageToken(page).execute();
            for (History history : response.getHistory() == null ? List.<History>of() : response.getHistory()) {
                for (HistoryMessageAdded added : history.getMessagesAdded()) {
                    Message message = added.getMessage();
                    ids.add(message.getId());
                }
            }
            page = response.getNextPageToken();
        } while (page != null);
        historyId = response.getHistoryId();
        return added(ids);
    }

    private List<String> added(List<String> ids) {
        List<String> fresh = ids.stream().filter(id -> !known.contains(id)).toList();
        known.addAll(fresh);
        return fresh;
    }
}
