package dev.muster.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Sends one mail over SMTP with Jakarta Mail, configured by {@code muster.mail.*}. With no SMTP
 * host configured (the embedded default) the mail is written to the server log instead, clearly
 * marked, so a single-box trial can still follow an invitation link.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "muster.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "muster.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "muster.mail.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "muster.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "muster.mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "muster.mail.smtp.timeout-ms", defaultValue = "10000")
    int timeoutMillis;

    @Inject
    @ConfigProperty(name = "muster.mail.from", defaultValue = "Muster <muster@localhost>")
    String from;

    public void deliver(MailMessage mail) throws MessagingException {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.info(() -> "\n===== MAIL NOT SENT: no SMTP server configured (muster.mail.smtp.host) =====\n"
                    + "To: " + mail.to() + "\nSubject: " + mail.subject() + "\n\n" + mail.text()
                    + "\n===== END OF MAIL " + mail.id() + " =====");
            return;
        }
        Session session = Session.getInstance(properties(), authenticator());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.text(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("X-Muster-Mail-Id", mail.id().toString());
        Transport.send(message);
    }

    private Properties properties() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host.orElseThrow());
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.auth", String.valueOf(username.isPresent()));
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        props.put("mail.smtp.starttls.required", String.valueOf(startTls));
        props.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
        props.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
        props.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
        return props;
    }

    private Authenticator authenticator() {
        if (username.isEmpty()) {
            return null;
        }
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username.get(), password.orElse(""));
            }
        };
    }
}
