package dev.fakegmail.http.internal.gmail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fakegmail.http.internal.kernel.Area;
import dev.fakegmail.http.internal.kernel.Exchange;
import dev.fakegmail.http.internal.kernel.Route;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailAccount;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The Gmail API door (docs/gmail-api.md): Google's paths under {@code /gmail/v1/users/{userId}} and the upload path
 * {@code /upload/gmail/v1/users/{userId}/messages/send}, at the root of the HTTP port so a Google client is pointed at
 * the fake by its root URL alone. Every method authenticates its bearer token and checks its scopes before it runs,
 * then meets the faults planned at {@code Stage.GMAIL_API}, and answers a refusal in Google's JSON error envelope.
 */
public final class GmailApi {
    /** The largest request body: a 35 MiB message, base64url in JSON (4/3 of it) with room to spare. */
    static final int MAX_BODY = 50 << 20;
    private static final String USERS = "/gmail/v1/users/{userId}";

    private GmailApi() {
    }

    /** What a served method does once its caller is known: the JSON it answers with 200, or none (204). */
    @FunctionalInterface
    interface Method {
        Optional<ObjectNode> answer(Exchange call, GmailAccount account) throws IOException;
    }

    /** The two areas of the door: {@code /gmail} (JSON bodies) and {@code /upload} (the message itself). */
    public static List<Area> areas(FakeGmailServer gmail) {
        MailboxSource mailboxes = new MailboxSource(gmail, new LabelState());
        Messages messages = new Messages(mailboxes);
        Labels labels = new Labels(mailboxes);
        ThreadsApi threads = new ThreadsApi(mailboxes);
        Drafts drafts = new Drafts(new DraftStore(gmail), messages);
        List<Route> api = List.of(
                route(gmail, "GET", USERS + "/profile", GmailMethod.GET_PROFILE, (call, account) -> Optional.of(
                        Resources.profile(account, mailboxes.of(account)))),
                route(gmail, "POST", USERS + "/messages/send", GmailMethod.SEND_MESSAGE, messages::sendJson),
                route(gmail, "GET", USERS + "/messages", GmailMethod.LIST_MESSAGES, messages::list),
                route(gmail, "GET", USERS + "/messages/{id}", GmailMethod.GET_MESSAGE,
                        drafts.messageOr(messages::get)),
                route(gmail, "GET", USERS + "/messages/{messageId}/attachments/{id}", GmailMethod.GET_ATTACHMENT,
                        new Attachments(mailboxes)::get),
                route(gmail, "DELETE", USERS + "/messages/{id}", GmailMethod.DELETE_MESSAGE, messages::delete),
                route(gmail, "POST", USERS + "/messages/{id}/modify", GmailMethod.MODIFY_MESSAGE, labels::modify),
                route(gmail, "POST", USERS + "/messages/{id}/trash", GmailMethod.TRASH_MESSAGE, labels::trash),
                route(gmail, "POST", USERS + "/messages/{id}/untrash", GmailMethod.UNTRASH_MESSAGE, labels::untrash),
                route(gmail, "GET", USERS + "/threads", GmailMethod.LIST_THREADS, threads::list),
                route(gmail, "GET", USERS + "/threads/{id}", GmailMethod.GET_THREAD, threads::get),
                route(gmail, "GET", USERS + "/history", GmailMethod.LIST_HISTORY, new HistoryApi(mailboxes)::list),
                route(gmail, "GET", USERS + "/labels", GmailMethod.LIST_LABELS,
                        (call, account) -> Optional.of(Resources.labels())),
                route(gmail, "GET", USERS + "/labels/{id}", GmailMethod.GET_LABEL, (call, account) -> Optional.of(
                        Resources.label(call.path(1), mailboxes.of(account)))),
                route(gmail, "POST", USERS + "/drafts", GmailMethod.CREATE_DRAFT, drafts::create),
                route(gmail, "GET", USERS + "/drafts", GmailMethod.LIST_DRAFTS, drafts::list),
                route(gmail, "GET", USERS + "/drafts/{id}", GmailMethod.GET_DRAFT, drafts::get),
                route(gmail, "PUT", USERS + "/drafts/{id}", GmailMethod.UPDATE_DRAFT, drafts::update),
                route(gmail, "DELETE", USERS + "/drafts/{id}", GmailMethod.DELETE_DRAFT, drafts::delete),
                route(gmail, "POST", USERS + "/drafts/send", GmailMethod.SEND_DRAFT, drafts::send));
        List<Route> upload = List.of(route(gmail, "POST", "/upload" + USERS + "/messages/send",
                GmailMethod.SEND_MESSAGE, messages::sendUpload),
                route(gmail, "POST", "/upload" + USERS + "/drafts", GmailMethod.CREATE_DRAFT, drafts::createUpload),
                route(gmail, "PUT", "/upload" + USERS + "/drafts/{id}", GmailMethod.UPDATE_DRAFT,
                        drafts::updateUpload),
                route(gmail, "POST", "/upload" + USERS + "/drafts/send", GmailMethod.SEND_DRAFT, drafts::sendUpload));
        GoogleErrors errors = new GoogleErrors();
        // the form type too: Google's Java client declares it on the empty bodies of POSTs such as messages.trash
        return List.of(new Area("/gmail", api, "application/json, application/x-www-form-urlencoded", MAX_BODY, false,
                        errors),
                new Area("/upload", upload, "message/rfc822, multipart/related", MAX_BODY, false, errors));
    }

    private static Route route(FakeGmailServer gmail, String verb, String template, GmailMethod method, Method body) {
        return new Route(verb, template, call -> {
            try {
                GmailAccount account = Caller.of(gmail, call, method, call.path(0));
                gmail.gmailApiFault(account).ifPresent(fault -> PlannedFaults.strike(fault, gmail.clock()));
                Optional<ObjectNode> answer = body.answer(call, account);
                if (answer.isPresent()) {
                    call.json(200, answer.get());
                } else {
                    call.noContent();
                }
            } catch (RefusedException e) {
                GoogleErrors.render(call, e.error(), Optional.of(method.rpcName()));
            }
        });
    }
}
