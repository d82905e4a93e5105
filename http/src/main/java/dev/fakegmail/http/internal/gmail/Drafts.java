package dev.fakegmail.http.internal.gmail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.Json;
import dev.fakegmail.server.GmailAccount;
import dev.fakegmail.server.MessageRefusedException;
import dev.fakegmail.server.ReceivedMessage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * {@code users.drafts.create}, {@code list}, {@code get}, {@code update}, {@code delete} and {@code send}
 * (docs/gmail-api.md §5). A draft is not mail: nothing reaches the journal, a mailbox or the activity log until
 * {@code drafts.send}, which sends through {@link Messages#send} exactly as {@code messages.send} does.
 */
final class Drafts {
    private static final List<String> LABELS = List.of("DRAFT");

    private final DraftStore store;
    private final Messages messages;

    Drafts(DraftStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** {@code POST …/drafts} with {@code {"message": {"raw": "<base64url>", "threadId"}}}. */
    Optional<ObjectNode> create(Exchange call, GmailAccount account) throws IOException {
        JsonNode message = call.jsonBody().path("message");
        return Optional.of(json(keep(() -> store.create(account, raw(message), threadId(message)))));
    }

    /** {@code POST /upload/…/drafts?uploadType=media|multipart}: the message uploaded, a Draft as metadata. */
    Optional<ObjectNode> createUpload(Exchange call, GmailAccount account) throws IOException {
        Upload.Parts upload = Upload.parts(call);
        JsonNode message = upload.metadata().path("message");
        return Optional.of(json(keep(() -> store.create(account, uploaded(upload), threadId(message)))));
    }

    /** {@code PUT …/drafts/{id}} with a {@code Draft}: the same draft id, a new message. */
    Optional<ObjectNode> update(Exchange call, GmailAccount account) throws IOException {
        JsonNode message = call.jsonBody().path("message");
        return Optional.of(json(keep(() -> store.update(account, call.path(1), raw(message), threadId(message)))));
    }

    /** {@code PUT /upload/…/drafts/{id}?uploadType=media|multipart}. */
    Optional<ObjectNode> updateUpload(Exchange call, GmailAccount account) throws IOException {
        Upload.Parts upload = Upload.parts(call);
        JsonNode message = upload.metadata().path("message");
        return Optional.of(json(keep(() -> store.update(account, call.path(1), uploaded(upload),
                threadId(message)))));
    }

    /** {@code GET …/drafts}: {@code maxResults}, {@code pageToken}, {@code q}; newest first. */
    Optional<ObjectNode> list(Exchange call, GmailAccount account) {
        Predicate<ReceivedMessage> query = SearchQuery.parse(call.query("q").orElse(""), m -> LABELS);
        List<Draft> found = store.list(account).stream().filter(d -> query.test(d.message())).toList();
        int size = Messages.pageSize(call);
        int from = Messages.number(call, "pageToken", 0);
        ObjectNode node = Json.object();
        if (from < found.size()) {
            ArrayNode drafts = node.putArray("drafts");
            found.subList(from, Math.min(found.size(), from + size)).forEach(draft -> drafts.addObject()
                    .put("id", draft.id()).set("message", MessageJson.reference(draft.message(), draft.threadId(),
                            List.of())));
            if (from + size < found.size()) {
                node.put("nextPageToken", Integer.toString(from + size));
            }
        }
        return Optional.of(node.put("resultSizeEstimate", found.size()));
    }

    /** {@code GET …/drafts/{id}}: {@code {"id", "message"}}, the message in {@code format} as messages.get has it. */
    Optional<ObjectNode> get(Exchange call, GmailAccount account) {
        Draft draft = store.find(account, call.path(1));
        ObjectNode node = Json.object().put("id", draft.id());
        node.set("message", message(call, account, draft));
        return Optional.of(node);
    }

    /** {@code DELETE …/drafts/{id}}: gone for good; 204. */
    Optional<ObjectNode> delete(Exchange call, GmailAccount account) {
        store.delete(account, call.path(1));
        return Optional.empty();
    }

    /** {@code POST …/drafts/send} with {@code {"id"}} and, optionally, a replacement {@code message.raw}. */
    Optional<ObjectNode> send(Exchange call, GmailAccount account) throws IOException {
        ObjectNode body = call.jsonBody();
        JsonNode raw = body.path("message").path("raw");
        Optional<byte[]> replacement = raw.isTextual() && !raw.asText().isEmpty()
                ? Optional.of(Messages.base64(raw.asText())) : Optional.empty();
        return Optional.of(store.send(account, draftId(body), replacement, bytes -> messages.send(account, bytes)));
    }

    /** {@code POST /upload/…/drafts/send?uploadType=media|multipart}: the uploaded message replaces the draft's. */
    Optional<ObjectNode> sendUpload(Exchange call, GmailAccount account) throws IOException {
        Upload.Parts upload = Upload.parts(call);
        return Optional.of(store.send(account, draftId(upload.metadata()), Optional.of(uploaded(upload)),
                bytes -> messages.send(account, bytes)));
    }

    /** {@code messages.get} that also reads a draft's message by its id (labelled {@code DRAFT}). */
    GmailApi.Method messageOr(GmailApi.Method get) {
        return (call, account) -> {
            Optional<Draft> draft = store.byMessageId(account, call.path(1));
            return draft.isPresent() ? Optional.of(message(call, account, draft.get())) : get.answer(call, account);
        };
    }

    /** A draft's message; its {@code historyId} is the account's latest (chosen: a draft is not in the history). */
    private ObjectNode message(Exchange call, GmailAccount account, Draft draft) {
        return MessageJson.of(draft.message(), draft.threadId(), LABELS, messages.historyId(account),
                call.query("format").orElse("full"),
                call.queryValues("metadataHeaders"));
    }

    /** {@code {"id", "message": {"id", "threadId", "labelIds": ["DRAFT"]}}}. */
    private static ObjectNode json(Draft draft) {
        ObjectNode node = Json.object().put("id", draft.id());
        node.set("message", MessageJson.reference(draft.message(), draft.threadId(), LABELS));
        return node;
    }

    private static Draft keep(Supplier<Draft> change) {
        try {
            return change.get();
        } catch (MessageRefusedException e) {
            throw GoogleError.refusal(e).refused();
        }
    }

    private static byte[] raw(JsonNode message) {
        JsonNode raw = message.path("raw");
        if (!raw.isTextual() || raw.asText().isEmpty()) {
            throw GoogleError.missingDraftMessage().refused();
        }
        return Messages.base64(raw.asText());
    }

    private static byte[] uploaded(Upload.Parts upload) {
        if (upload.message().length == 0) {
            throw GoogleError.missingDraftMessage().refused();
        }
        return upload.message();
    }

    private static Optional<String> threadId(JsonNode message) {
        JsonNode threadId = message.path("threadId");
        return threadId.isTextual() && !threadId.asText().isEmpty() ? Optional.of(threadId.asText()) : Optional.empty();
    }

    private static String draftId(JsonNode draft) {
        JsonNode id = draft.path("id");
        if (!id.isTextual() || id.asText().isEmpty()) {
            throw GoogleError.missingDraftId().refused();
        }
        return id.asText();
    }
}
