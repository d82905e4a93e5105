package dev.fakegmail.server.internal.store;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.AuthorizationException;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.imap.commands.IdRange;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;
import dev.fakegmail.server.internal.mime.MimeSupport;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The mailboxes behind the fake: GreenMail's in-memory store (users, folders, messages) used as a library;
 * no GreenMail server is started.
 *
 * <p>Addresses are case-insensitive: they are trimmed and lower-cased, and a user (with an {@code INBOX} and
 * Gmail's folders, {@link #GMAIL_FOLDERS}) is created on first use. GreenMail's users get an empty password; nothing
 * authenticates against them.
 *
 * <p><b>Folder names.</b> GreenMail's hierarchy delimiter is {@code '.'}, Gmail's is {@code '/'}. Each Gmail
 * folder is stored as one top-level folder whose name is literally, say, {@value #SENT_MAIL} (the {@code '/'} is
 * an ordinary character to GreenMail), so it is found under exactly the name Gmail clients use. There is no
 * separate {@code [Gmail]} parent folder; the IMAP door lists one (docs/gmail-imap.md §4). Folder names are matched case-insensitively (GreenMail's rule).
 *
 * <p><b>Thread safety.</b> GreenMail's message lists are synchronized, but creating a user and creating a
 * folder are check-then-act sequences, so two sessions delivering to a new address at once could collide.
 * Every operation here therefore runs under one lock; parsing happens before it is taken.
 */
public final class MailStore {
    /** The name of every user's inbox. */
    public static final String INBOX = "INBOX";
    /** The folder that holds a copy of every message the account submitted, as on Gmail. */
    public static final String SENT_MAIL = "[Gmail]/Sent Mail";
    /** The folder that holds every message of the account, sent or received, as on Gmail. */
    public static final String ALL_MAIL = "[Gmail]/All Mail";
    /**
     * Gmail's system folders below {@code [Gmail]}, in the order Gmail lists them (docs/gmail-imap.md §4); every
     * user has each of them from the start.
     */
    public static final List<String> GMAIL_FOLDERS = List.of(ALL_MAIL, "[Gmail]/Drafts", "[Gmail]/Important",
            SENT_MAIL, "[Gmail]/Spam", "[Gmail]/Starred", "[Gmail]/Trash");

    private static final String HASH_COLLISION_HINT = ". GreenMail names a user's mailbox after the"
            + " address's String.hashCode(), so two addresses with the same hash cannot share one server;"
            + " use another test address";

    static {
        QuietSlf4j.initialiseWithoutBackend();   // before GreenMail's classes first log
    }

    private final Object lock = new Object();
    private final Managers managers = new Managers();

    /** Creates an empty store. */
    public MailStore() {
        // fields only
    }

    /**
     * Stores a message: one copy in each distinct recipient's {@code INBOX}, one in the account's
     * {@value #SENT_MAIL}, and one in the {@value #ALL_MAIL} of the account and of each recipient. A recipient who
     * is also the account gets both the INBOX and the Sent Mail copy but one All Mail copy; a recipient listed twice
     * gets one copy.
     *
     * @param account    the address that submitted the message
     * @param recipients the envelope recipients
     * @param data       the message bytes (read, not kept)
     * @return where the copies went, for {@link #remove}
     * @throws IllegalStateException when GreenMail cannot store it: not expected for any message content, but
     *                               when a new address has the same {@code String.hashCode()} as one already in
     *                               the store (then no folder receives the message)
     */
    public List<Placement> deliver(String account, List<String> recipients, byte[] data) {
        Objects.requireNonNull(account, "account");
        Set<String> inboxes = distinct(recipients);
        MimeMessage message = parse(account, data);
        synchronized (lock) {
            List<MailFolder> targets = new ArrayList<>(inboxes.size() + 1);
            for (String recipient : inboxes) {
                targets.add(existing(user(recipient), INBOX));
            }
            targets.add(existing(user(account), SENT_MAIL));
            List<String> owners = new ArrayList<>(inboxes);
            owners.add(normalize(account));
            Set<String> everyone = new LinkedHashSet<>(inboxes);
            everyone.add(normalize(account));
            for (String address : everyone) {
                targets.add(existing(user(address), ALL_MAIL));
                owners.add(address);
            }
            List<Placement> placements = new ArrayList<>(targets.size());
            for (int i = 0; i < targets.size(); i++) { // only after every user exists: no half-delivered message
                placements.add(new Placement(owners.get(i), targets.get(i).getName(), append(targets.get(i), message)));
            }
            return List.copyOf(placements);
        }
    }

    /**
     * One stored copy of a message: whose folder, which folder, and its IMAP UID there.
     *
     * @param address the owner's address, normalized
     * @param folder  the folder's name
     * @param uid     the copy's UID in that folder
     */
    public record Placement(String address, String folder, long uid) {
    }

    /**
     * Removes copies of a message (flagged deleted and expunged by UID, as IMAP's {@code UID EXPUNGE} does); a copy
     * that is already gone is skipped.
     */
    public void remove(List<Placement> placements) {
        synchronized (lock) {
            for (Placement placement : placements) {
                GreenMailUser user = users().getUserByEmail(placement.address());
                MailFolder folder = user == null ? null : imap().getFolder(user, placement.folder());
                if (folder != null && folder.getMessage(placement.uid()) != null) {
                    expunge(folder, placement.uid());
                }
            }
        }
    }

    private static void expunge(MailFolder folder, long uid) {
        try {
            folder.setFlags(new Flags(Flags.Flag.DELETED), true, uid, null, false);
            folder.expunge(new IdRange[] {new IdRange(uid)});
        } catch (FolderException e) {
            throw new IllegalStateException("Cannot remove message " + uid + " from " + folder.getFullName() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Stores a message that arrived from outside (a reply, a bounce): one copy in the {@code INBOX} and one in the
     * {@value #ALL_MAIL} of {@code address}.
     *
     * @return where its two copies are
     * @throws IllegalStateException as {@link #deliver}
     */
    public List<Placement> receive(String address, byte[] data) {
        Objects.requireNonNull(address, "address");
        MimeMessage message = parse(address, data);
        synchronized (lock) {
            GreenMailUser owner = user(address);
            List<Placement> placements = new ArrayList<>(2);
            for (MailFolder target : List.of(existing(owner, INBOX), existing(owner, ALL_MAIL))) {
                placements.add(new Placement(normalize(address), target.getName(), append(target, message)));
            }
            return List.copyOf(placements);
        }
    }

    /**
     * Copies of the messages in one folder of one user, oldest first; changing them changes nothing here.
     *
     * @param address    the user's address, case-insensitive
     * @param folderName {@value #INBOX}, {@value #SENT_MAIL}, ...
     * @return the messages; empty for an unknown user or folder
     */
    public List<MimeMessage> folder(String address, String folderName) {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(folderName, "folderName");
        if (folderName.startsWith("#")) {
            return List.of(); // an absolute GreenMail name could reach another user's folders
        }
        synchronized (lock) {
            GreenMailUser user = users().getUserByEmail(normalize(address));
            MailFolder folder = user == null ? null : imap().getFolder(user, folderName);
            return folder == null ? List.of() : copies(folder.getMessages());
        }
    }

    /**
     * The GreenMail user of an address, created with an {@code INBOX} and Gmail's folders when it does not exist
     * yet; for the IMAP door, which logs a Google Account in.
     *
     * @throws IllegalStateException when GreenMail cannot create it (see {@link #deliver})
     */
    public GreenMailUser owner(String address) {
        Objects.requireNonNull(address, "address");
        synchronized (lock) {
            return user(address);
        }
    }

    /** GreenMail's folder manager, for the IMAP engine that serves these mailboxes. */
    public ImapHostManager imapHost() {
        return imap();
    }

    /** GreenMail's user manager, for the IMAP engine that serves these mailboxes. */
    public UserManager userManager() {
        return users();
    }

    /** Removes every message, folder and user: the store is as new. */
    public void clear() {
        synchronized (lock) {
            for (GreenMailUser user : List.copyOf(users().listUser())) {
                users().deleteUser(user);
            }
        }
    }

    private GreenMailUser user(String address) {
        String email = normalize(address);
        GreenMailUser user = users().getUserByEmail(email);
        if (user != null) {
            return user;
        }
        try {
            GreenMailUser created = users().createUser(email, email, "");
            for (String folder : GMAIL_FOLDERS) {
                imap().createMailbox(created, folder);
            }
            return created;
        } catch (UserException | FolderException | AuthorizationException | RuntimeException e) {
            throw new IllegalStateException("Cannot create the mailbox of <" + email + ">: " + e.getMessage()
                    + (String.valueOf(e.getMessage()).contains("already exists") ? HASH_COLLISION_HINT : ""), e);
        }
    }

    private MailFolder existing(GreenMailUser user, String name) {
        MailFolder folder = imap().getFolder(user, name);
        if (folder == null) {
            throw new IllegalStateException("The folder " + name + " of <" + user.getEmail()
                    + "> is missing although the store created it; was the store used without MailStore?");
        }
        return folder;
    }

    /** GreenMail copies the message into its own {@link StoredMessage}, so one parse serves every folder. */
    private static long append(MailFolder folder, MimeMessage message) {
        return folder.appendMessage(message, new Flags(), new Date());
    }

    private static MimeMessage parse(String account, byte[] data) {
        try {
            return MimeSupport.parse(Objects.requireNonNull(data, "data"));
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot parse the message submitted by <" + account + "> for storing: "
                    + e.getMessage(), e);
        }
    }

    private static List<MimeMessage> copies(List<StoredMessage> stored) {
        List<MimeMessage> result = new ArrayList<>(stored.size());
        for (StoredMessage message : stored) {
            try {
                result.add(new MimeMessage(message.getMimeMessage()));
            } catch (MessagingException e) {
                throw new IllegalStateException("Cannot copy stored message " + message.getUid() + ": "
                        + e.getMessage(), e);
            }
        }
        return List.copyOf(result);
    }

    private static Set<String> distinct(List<String> addresses) {
        Set<String> result = new LinkedHashSet<>();
        for (String address : Objects.requireNonNull(addresses, "recipients")) {
            result.add(normalize(address));
        }
        return result;
    }

    private static String normalize(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    private UserManager users() {
        return managers.getUserManager();
    }

    private ImapHostManager imap() {
        return managers.getImapHostManager();
    }
}
