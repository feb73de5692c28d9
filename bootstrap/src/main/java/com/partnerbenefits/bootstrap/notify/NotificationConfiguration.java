package com.partnerbenefits.bootstrap.notify;

import com.partnerbenefits.adapter.mongo.MongoNotificationStores;
import com.partnerbenefits.adapter.mongo.MongoStores;
import com.partnerbenefits.application.access.AccessPolicy;
import com.partnerbenefits.application.port.in.NotificationJobsUseCase;
import com.partnerbenefits.application.port.out.NotificationSender;
import com.partnerbenefits.application.service.NotificationService;
import com.partnerbenefits.application.service.Notifier;
import com.partnerbenefits.application.service.WebhookEndpointsService;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.core.env.Environment;
import com.partnerbenefits.domain.notification.RetrySchedule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Notifications (SPEC §5.3): the stores, the recording on changes, the dispatch, the senders and the schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationConfiguration {

    @Bean
    MongoNotificationStores notificationStores(MongoTemplate mongo) {
        return MongoNotificationStores.over(mongo);
    }

    @Bean
    NotificationDispatcher notificationDispatcher(ObjectProvider<NotificationJobsUseCase> jobs, NotificationProperties settings) {
        return new NotificationDispatcher(jobs, settings.sendingAtOnce());
    }

    @Bean
    Notifier notifier(MongoNotificationStores stores, NotificationProperties settings, NotificationDispatcher dispatcher) {
        return new Notifier(stores.notifications(), settings.lowThreshold(), dispatcher::nudge);
    }

    @Bean
    WebhookNotificationSender webhookSender(MongoNotificationStores notifications, MeterRegistry meters, Environment environment,
            NotificationProperties settings, Clock clock) {
        return new WebhookNotificationSender(notifications.webhooks(), new DerivedWebhookSecrets(settings.webhookSecretKey()),
                new WebhookAddressGuard(environment.matchesProfiles("prod")), meters, settings.webhookTimeout(), clock);
    }

    @Bean
    WebhookEndpointsService webhookEndpointsService(AccessPolicy access, MongoStores stores, MongoNotificationStores notifications,
            WebhookNotificationSender webhookSender, NotificationProperties settings, Clock clock) {
        return new WebhookEndpointsService(access, notifications.webhooks(), notifications.notifications(),
                new DerivedWebhookSecrets(settings.webhookSecretKey()), webhookSender, stores.ids(), clock);
    }

    /** E-mail only when Boot made a mail sender, that is when {@code spring.mail.host} is set. */
    @Bean
    NotificationService notificationService(AccessPolicy access, MongoStores stores, MongoNotificationStores notifications,
            Notifier notifier, ObjectProvider<JavaMailSender> mail, WebhookEndpointsService webhooks, WebhookNotificationSender webhookSender,
            NotificationProperties settings, NotificationDispatcher dispatcher, Clock clock) {
        List<NotificationSender> senders = new ArrayList<>();
        mail.ifAvailable(sender -> senders.add(new MailNotificationSender(sender, settings.mailFrom())));
        senders.add(webhookSender);
        return new NotificationService(access, new NotificationService.Stores(notifications.notifications(),
                notifications.notifications(), notifications.preferences(), stores.contracts(), stores.links(), stores.directory(),
                stores.accounts(), stores.partners(), stores.memberships(), stores.incidents()), notifier, senders,
                webhooks::subscribed, clock, new NotificationService.Settings(settings.horizon(), settings.lease(),
                        new RetrySchedule(settings.retryDelays()), 100, new NotificationService.Sending(dispatcher.sending(),
                                settings.sendingAtOnce(), settings.perEndpointAtOnce())));
    }

    @Bean
    LockingTaskExecutor notificationLocks(MongoTemplate mongo) {
        return new DefaultLockingTaskExecutor(new MongoLockProvider(mongo.getDb()));
    }

    @Bean
    NotificationSchedule notificationSchedule(NotificationJobsUseCase jobs, NotificationDispatcher dispatcher, LockingTaskExecutor locks,
            NotificationProperties settings, Clock clock) {
        return new NotificationSchedule(jobs, dispatcher, locks, settings, clock);
    }
}
