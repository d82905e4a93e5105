package dev.fakegmail.server.internal.imap;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.imap.ImapResponse;
import com.icegreen.greenmail.imap.ImapSession;
import com.icegreen.greenmail.imap.ImapSessionFolder;
import com.icegreen.greenmail.imap.ImapSessionImpl;
import com.icegreen.greenmail.imap.ImapSessionState;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.MessageFlags;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserManager;

/**
 * GreenMail's session state for GreenMail's commands, with one difference: the folder a {@code SELECT} or
 * {@code EXAMINE} opens is an {@link IndexedSessionFolder}. GreenMail's {@link ImapSessionImpl} is final and makes
 * its own folder, so this session keeps the selection itself, hands everything else (the host, the users, sign-in,
 * closing the connection) to an {@link ImapSessionImpl}, and writes the untagged updates that follow a command as
 * GreenMail does: {@code EXISTS} and {@code RECENT} when the folder grew, flag changes as {@code FETCH}, then
 * {@code EXPUNGE} unless the command asked to omit them.
 */
final class IndexedSession implements ImapSession {
    private final ImapSessionImpl greenMail;
    private volatile IndexedSessionFolder selected;

    IndexedSession(ImapSessionImpl greenMail) {
        this.greenMail = greenMail;
    }

    @Override
    public void unsolicitedResponses(ImapResponse response) throws FolderException {
        unsolicitedResponses(response, false);
    }

    @Override
    public void unsolicitedResponses(ImapResponse response, boolean omitExpunged) throws FolderException {
        IndexedSessionFolder folder = selected;
        if (folder == null) {
            return;
        }
        if (folder.isSizeChanged()) {
            response.existsResponse(folder.getMessageCount());
            response.recentResponse(folder.getRecentCount(true));
            folder.setSizeChanged(false);
        }
        for (IndexedSessionFolder.FlagChange change : folder.takeFlagChanges()) {
            String flags = "FLAGS " + MessageFlags.format(change.flags());
            response.fetchResponse(change.msn(), change.uid().map(uid -> flags + " UID " + uid).orElse(flags));
        }
        if (!omitExpunged) {
            for (int msn : folder.getExpunged()) {
                response.expungeResponse(msn);
            }
        }
    }

    @Override
    public void closeConnection() {
        greenMail.closeConnection();
    }

    @Override
    public void closeConnection(String byeMessage) {
        greenMail.closeConnection(byeMessage);
    }

    @Override
    public ImapHostManager getHost() {
        return greenMail.getHost();
    }

    @Override
    public UserManager getUserManager() {
        return greenMail.getUserManager();
    }

    @Override
    public String getClientIP() {
        return greenMail.getClientIP();
    }

    @Override
    public ImapSessionState getState() {
        return selected != null ? ImapSessionState.SELECTED : greenMail.getState();
    }

    @Override
    public void setAuthenticated(GreenMailUser user) {
        greenMail.setAuthenticated(user);
    }

    @Override
    public GreenMailUser getUser() {
        return greenMail.getUser();
    }

    @Override
    public void setSelected(MailFolder folder, boolean readOnly) {
        deselect();
        selected = new IndexedSessionFolder(folder, this, readOnly);
    }

    @Override
    public void deselect() {
        IndexedSessionFolder folder = selected;
        selected = null;
        if (folder != null) {
            folder.deselect();
        }
    }

    @Override
    public ImapSessionFolder getSelected() {
        return selected;
    }
}
