package dev.fakegmail.samples.retry;

import static dev.fakegmail.assertions.FakeGmailAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakegmail.junit.FakeGmail;
import dev.fakegmail.samples.retry.Delivery.Status;
import dev.fakegmail.samples.retry.RetryingSender.AfterDataLoss;
import dev.fakegmail.server.Fault;
import dev.fakegmail.server.FakeGmailServer;
import dev.fakegmail.server.GmailFault;
import dev.fakegmail.server.ReceivedMessage;
import dev.fakegmail.server.Stage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A retrying sender against Gmail's temporary failures and broken connections. The server's journal
 * ({@code gmail.receivedMessages()}) proves how many copies Gmail really stored.
 */
@FakeGmail
class RetryingSenderTest {

    @Test
    void recoversFromA421AndStoresTheMessageOnce(Session session, FakeGmailServer gmail) throws Exception {
        gmail.faults().on(Stage.DATA).once().inject(Fault.gmail(GmailFault.RATE_LIMITED));

        Delivery delivery = sender(session, AfterDataLoss.REPORT_UNKNOWN).send(order(session));

        assertThat(delivery.status()).isEqualTo(Status.DELIVERED);
        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(delivery.failures()).singleElement().asString().startsWith("421 4.3.0 Temporary System Problem.");
        assertThat(gmail).singleMessage().hasHeader("Message-ID", delivery.messageId());
    }

    @Test
    void recoversFromAConnectionDroppedBeforeTheData(Session session, FakeGmailServer gmail) throws Exception {
        gmail.faults().on(Stage.RCPT).once().inject(Fault.dropConnection());

        Delivery delivery = sender(session, AfterDataLoss.REPORT_UNKNOWN).send(order(session));

        assertThat(delivery.status()).isEqualTo(Status.DELIVERED);
        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(gmail).hasReceived(1);
    }

    @Test
    void retriesAConnectionDroppedAtTheEndOfDataWithoutSendingTwice(Session session, FakeGmailServer gmail)
            throws Exception {
        gmail.faults().on(Stage.END_OF_DATA).once().inject(Fault.dropConnection());   // Gmail stored nothing

        Delivery delivery = sender(session, AfterDataLoss.RETRY_SAME_MESSAGE_ID).send(order(session));

        assertThat(delivery.status()).isEqualTo(Status.DELIVERED);
        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(gmail).singleMessage().hasHeader("Message-ID", delivery.messageId());
    }

    @Test
    void theSameRetryDuplicatesWhenGmailHadStoredTheMessage(Session session, FakeGmailServer gmail) throws Exception {
        gmail.faults().on(Stage.END_OF_DATA).once().inject(Fault.dropAfterProcessing());  // stored, never answered

        Delivery delivery = sender(session, AfterDataLoss.RETRY_SAME_MESSAGE_ID).send(order(session));

        assertThat(delivery.status()).isEqualTo(Status.DELIVERED);
        assertThat(gmail.receivedMessages()).as("the duplicate risk of retrying after the data")
                .extracting(RetryingSenderTest::messageId)
                .containsExactly(delivery.messageId(), delivery.messageId());
    }

    @Test
    void atMostOnceReportsUnknownAndNeverDuplicates(Session session, FakeGmailServer gmail) throws Exception {
        gmail.faults().on(Stage.END_OF_DATA).once().inject(Fault.dropAfterProcessing());

        Delivery delivery = sender(session, AfterDataLoss.REPORT_UNKNOWN).send(order(session));

        assertThat(delivery.status()).isEqualTo(Status.UNKNOWN);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(gmail).as("Gmail did store it: UNKNOWN was the honest answer").hasReceived(1);
    }

    @Test
    void atMostOnceLosesTheMessageWhenGmailHadNotStoredIt(Session session, FakeGmailServer gmail) throws Exception {
        gmail.faults().on(Stage.END_OF_DATA).once().inject(Fault.dropConnection());

        Delivery delivery = sender(session, AfterDataLoss.REPORT_UNKNOWN).send(order(session));

        assertThat(delivery.status()).isEqualTo(Status.UNKNOWN);
        assertThat(gmail).as("the price of never sending twice").hasReceived(0);
    }

    @Test
    void doesNotRetryAPermanentRefusal(Session session, FakeGmailServer gmail) throws Exception {
        gmail.faults().on(Stage.DATA).always().inject(Fault.gmail(GmailFault.DAILY_LIMIT));

        Delivery delivery = sender(session, AfterDataLoss.RETRY_SAME_MESSAGE_ID).send(order(session));

        assertThat(delivery.status()).isEqualTo(Status.FAILED);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.failures()).singleElement().asString().startsWith("550-5.4.5 Daily user sending limit");
        assertThat(gmail).hasReceived(0);
    }

    @Test
    void givesUpAfterTheLastAttempt(Session session, FakeGmailServer gmail) throws Exception {
        gmail.faults().on(Stage.DATA).always().inject(Fault.gmail(GmailFault.RATE_LIMITED));

        Delivery delivery = sender(session, AfterDataLoss.RETRY_SAME_MESSAGE_ID).send(order(session));

        assertThat(delivery.status()).isEqualTo(Status.FAILED);
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(gmail.faults().struck()).hasSize(3);
        assertThat(gmail).hasReceived(0);
    }

    private static RetryingSender sender(Session session, AfterDataLoss afterDataLoss) {
        return new RetryingSender(session, 3, Duration.ZERO, afterDataLoss);
    }

    private static MimeMessage order(Session session) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom("user@gmail.com");
        message.setRecipients(Message.RecipientType.TO, "customer@example.com");
        message.setSubject("Your order 1042 has shipped");
        message.setText("It arrives on Friday.");
        return message;
    }

    private static String messageId(ReceivedMessage received) {
        return received.header("Message-ID").get(0);
    }
}
