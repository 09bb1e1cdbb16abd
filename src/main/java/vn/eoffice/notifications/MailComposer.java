package vn.eoffice.notifications;

import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import vn.eoffice.identity.UserSummary;
import vn.eoffice.platform.Dates;

/**
 * Builds the e-mail copy of a notification: UTF-8 subject, plain text and HTML alternatives, absolute link.
 * Uses its own template engine so that mail templates (text and HTML) stay apart from the web views.
 */
@Component
class MailComposer {

    private static final String TEMPLATES = "templates/notifications/mail/";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;
    private final NotificationMailProperties properties;
    private final Dates dates;

    MailComposer(MessageSource messages, NotificationMailProperties properties, Dates dates) {
        this.messages = messages;
        this.properties = properties;
        this.dates = dates;
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    MimeMessage compose(JavaMailSender sender, Notification notification, UserSummary recipient)
            throws MessagingException {
        var context = new Context(Notifier.VIETNAMESE);
        context.setVariable("recipient", recipient);
        context.setVariable("notification", notification.summary());
        context.setVariable("category", messages.getMessage(notification.getCategory().messageKey(), null,
                Notifier.VIETNAMESE));
        context.setVariable("created", dates.dateTime(notification.getCreatedAt()));
        context.setVariable("url", properties.absolute(notification.getLink()));
        context.setVariable("settingsUrl", properties.absolute("/notifications/preferences"));

        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(recipient.email());
        helper.setSubject(messages.getMessage("notifications.mail.subject", new Object[] { notification.getTitle() },
                Notifier.VIETNAMESE));
        helper.setText(engine.process("notification.txt", context), engine.process("notification.html", context));
        return message;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(TEMPLATES);
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }
}
