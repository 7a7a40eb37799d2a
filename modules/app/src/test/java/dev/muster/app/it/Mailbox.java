package dev.muster.app.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The real SMTP server (GreenMail on loopback) the server under test sends its mails to. */
public final class Mailbox {

    private static final Pattern INVITATION_TOKEN = Pattern.compile("/invitation\\.xhtml#([A-Za-z0-9_-]{43})");

    private Mailbox() {
    }

    /** One SMTP server for a whole test class, on the port the test servers are configured with. */
    public static GreenMailExtension smtpServer() {
        return new GreenMailExtension(new ServerSetup(MusterDeployment.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    public static MimeMessage awaitMailTo(GreenMailExtension smtp, String recipient, Duration timeout) throws Exception {
        return awaitMailTo(smtp, recipient, timeout, "");
    }

    /** The first mail to {@code recipient} whose subject contains {@code subject}. */
    public static MimeMessage awaitMailTo(GreenMailExtension smtp, String recipient, Duration timeout, String subject) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (sentTo(message, recipient) && String.valueOf(message.getSubject()).contains(subject)) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + recipient + " within " + timeout);
    }

    public static boolean sentTo(MimeMessage mail, String recipient) {
        try {
            return Arrays.stream(mail.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id Muster gives every mail it sends ({@code X-Muster-Mail-Id}): a notification's is its delivery's id. */
    public static String mailId(MimeMessage mail) {
        try {
            return mail.getHeader("X-Muster-Mail-Id")[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text body, with quoted-printable soft line breaks undone. */
    public static String body(MimeMessage mail) {
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    }

    /** The invitation token from the link in an invitation mail. */
    public static String invitationToken(MimeMessage mail) {
        Matcher matcher = INVITATION_TOKEN.matcher(body(mail));
        assertThat(matcher.find()).as("invitation link in: " + body(mail)).isTrue();
        return matcher.group(1);
    }
}
