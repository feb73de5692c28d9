package com.partnerbenefits.bootstrap.notify;

import com.partnerbenefits.adapter.graphql.notification.NotificationMessages;
import com.partnerbenefits.application.port.out.NotificationSender;
import com.partnerbenefits.domain.notification.Channel;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

/**
 * Notification e-mails through Boot's {@code spring.mail.*} sender: plain text and HTML alternatives of
 * the same localised words, in the recipient's language. A refusal by the server is a failed attempt
 * (retried by the schedule), never an exception.
 */
class MailNotificationSender implements NotificationSender {

    /** The HTML alternative: the subject as heading, the message, the footer; every text escaped. */
    private static final String HTML = "<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"UTF-8\"><title>%s</title></head>"
            + "<body style=\"font-family:sans-serif\"><h1 style=\"font-size:1.2em\">%s</h1><p>%s</p>"
            + "<hr><p style=\"color:#555;font-size:.9em\">%s</p></body></html>";

    private final JavaMailSender mail;
    private final String from;
    private final NotificationMessages messages = new NotificationMessages();

    MailNotificationSender(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Outcome send(Notice notice) {
        Locale language = Locale.forLanguageTag(notice.preferences().language());
        String subject = messages.subject(notice.delivery().occurrence(), notice.contract(), language);
        String body = messages.message(notice.delivery().occurrence(), notice.contract(), language);
        String footer = messages.get("mail.footer", language);
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(notice.address());
            helper.setSubject(subject);
            helper.setText(body + "\n\n-- \n" + footer, String.format(HTML, language.toLanguageTag(), HtmlUtils.htmlEscape(subject),
                    HtmlUtils.htmlEscape(subject), HtmlUtils.htmlEscape(body), HtmlUtils.htmlEscape(footer)));
            message.setHeader("X-Benefits-Notification", notice.delivery().key());
            mail.send(message);
            return Outcome.ok(250);
        } catch (MessagingException | MailException refused) {
            return Outcome.failed(Optional.empty());
        }
    }
}
