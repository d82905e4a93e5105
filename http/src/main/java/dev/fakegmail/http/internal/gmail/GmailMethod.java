package dev.fakegmail.http.internal.gmail;

import java.util.List;

/**
 * The Gmail API methods the door serves, each with its RPC name (in Google's error details) and the OAuth scopes
 * that may call it, as the Gmail API reference lists them (docs/gmail-api.md §3).
 */
enum GmailMethod {
    GET_PROFILE("GetProfile", Scopes.MAIL, Scopes.MODIFY, Scopes.COMPOSE, Scopes.READONLY),
    SEND_MESSAGE("SendMessage", Scopes.MAIL, Scopes.MODIFY, Scopes.COMPOSE, Scopes.SEND),
    LIST_MESSAGES("ListMessages", Scopes.MAIL, Scopes.MODIFY, Scopes.READONLY),
    GET_MESSAGE("GetMessage", Scopes.MAIL, Scopes.MODIFY, Scopes.READONLY),
    GET_ATTACHMENT("GetAttachment", Scopes.MAIL, Scopes.MODIFY, Scopes.READONLY),
    DELETE_MESSAGE("DeleteMessage", Scopes.MAIL),
    LIST_THREADS("ListThreads", Scopes.MAIL, Scopes.MODIFY, Scopes.READONLY),
    GET_THREAD("GetThread", Scopes.MAIL, Scopes.MODIFY, Scopes.READONLY),
    MODIFY_MESSAGE("ModifyMessage", Scopes.MAIL, Scopes.MODIFY),
    TRASH_MESSAGE("TrashMessage", Scopes.MAIL, Scopes.MODIFY),
    UNTRASH_MESSAGE("UntrashMessage", Scopes.MAIL, Scopes.MODIFY),
    LIST_LABELS("ListLabels", Scopes.MAIL, Scopes.MODIFY, Scopes.READONLY, Scopes.LABELS),
    GET_LABEL("GetLabel", Scopes.MAIL, Scopes.MODIFY, Scopes.READONLY, Scopes.LABELS),
    CREATE_DRAFT("CreateDraft", Scopes.MAIL, Scopes.MODIFY, Scopes.COMPOSE),
    LIST_DRAFTS("ListDrafts", Scopes.MAIL, Scopes.MODIFY, Scopes.COMPOSE, Scopes.READONLY),
    GET_DRAFT("GetDraft", Scopes.MAIL, Scopes.MODIFY, Scopes.COMPOSE, Scopes.READONLY),
    UPDATE_DRAFT("UpdateDraft", Scopes.MAIL, Scopes.MODIFY, Scopes.COMPOSE),
    DELETE_DRAFT("DeleteDraft", Scopes.MAIL, Scopes.MODIFY, Scopes.COMPOSE),
    SEND_DRAFT("SendDraft", Scopes.MAIL, Scopes.MODIFY, Scopes.COMPOSE),
    LIST_HISTORY("ListHistory", Scopes.MAIL, Scopes.MODIFY, Scopes.READONLY, Scopes.METADATA);

    private final String rpcName;
    private final List<String> scopes;

    GmailMethod(String rpcName, String... scopes) {
        this.rpcName = rpcName;
        this.scopes = List.of(scopes);
    }

    /** {@code GetProfile}, as in {@code caribou.api.proto.MailboxService.GetProfile}. */
    String rpcName() {
        return rpcName;
    }

    /** The scopes of which a token needs one. */
    List<String> scopes() {
        return scopes;
    }

    /** Gmail's OAuth scopes. */
    static final class Scopes {
        static final String MAIL = "https://mail.google.com/";
        static final String MODIFY = "https://www.googleapis.com/auth/gmail.modify";
        static final String COMPOSE = "https://www.googleapis.com/auth/gmail.compose";
        static final String READONLY = "https://www.googleapis.com/auth/gmail.readonly";
        static final String SEND = "https://www.googleapis.com/auth/gmail.send";
        static final String LABELS = "https://www.googleapis.com/auth/gmail.labels";
        static final String METADATA = "https://www.googleapis.com/auth/gmail.metadata";

        private Scopes() {
        }
    }
}
