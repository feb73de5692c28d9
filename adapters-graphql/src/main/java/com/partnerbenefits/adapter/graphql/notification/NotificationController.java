package com.partnerbenefits.adapter.graphql.notification;

import com.partnerbenefits.adapter.graphql.desk.Connections;
import com.partnerbenefits.adapter.graphql.desk.Connections.Connection;
import com.partnerbenefits.adapter.graphql.benefit.SupportContractView;
import com.partnerbenefits.adapter.graphql.incident.IncidentViews.IncidentView;
import com.partnerbenefits.adapter.graphql.partner.AccountView;
import com.partnerbenefits.adapter.graphql.support.GlobalIds;
import com.partnerbenefits.adapter.graphql.support.LazyViewer;
import com.partnerbenefits.adapter.graphql.support.MutationPayload;
import com.partnerbenefits.adapter.graphql.support.NodeTypes;
import com.partnerbenefits.adapter.graphql.support.Payloads;
import com.partnerbenefits.adapter.graphql.support.UserError;
import com.partnerbenefits.adapter.graphql.support.ViewMapper;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery;
import com.partnerbenefits.application.port.in.IncidentHistoryQuery.PageRequest;
import com.partnerbenefits.application.port.in.MarkNotificationsReadUseCase;
import com.partnerbenefits.application.port.in.NotificationsQuery;
import com.partnerbenefits.application.port.in.ProductCatalogQuery;
import com.partnerbenefits.application.port.in.Result;
import com.partnerbenefits.application.port.in.TechnicalBenefitsQuery;
import com.partnerbenefits.application.port.in.UpdateMyPreferencesUseCase;
import com.partnerbenefits.application.port.in.Viewer;
import com.partnerbenefits.domain.contract.SupportContractId;
import com.partnerbenefits.domain.incident.IncidentId;
import com.partnerbenefits.domain.notification.Notification;
import com.partnerbenefits.domain.notification.NotificationKind;
import com.partnerbenefits.domain.notification.Preferences;
import com.partnerbenefits.domain.shared.FieldViolation;
import com.partnerbenefits.domain.shared.InvalidInputException;
import com.partnerbenefits.domain.shared.ViolationRule;
import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code viewer.notifications}, {@code markNotificationsRead}, {@code updateMyPreferences} and an
 * account's own preferences. A notification's contract and incident are looked up through the queries
 * that decide visibility, so a notification shows nothing its reader may no longer see.
 */
@Controller
public class NotificationController {

    static final String NOTIFICATION = "Notification";
    private static final int DEFAULT_PAGE = 20;

    /** The GraphQL {@code Notification}. */
    public record NotificationView(String id, NotificationKind kind, Instant at, boolean read, String message,
            SupportContractId contractKey, IncidentId incidentKey) {
    }

    /** The GraphQL {@code NotificationConnection}: a page and the reader's unread count. */
    public record NotificationConnection(List<Connections.Edge<NotificationView>> edges, List<NotificationView> nodes,
            Connections.PageInfo pageInfo, long totalCount, long unreadCount) {
    }

    public record MarkNotificationsReadInput(List<String> ids) {
    }

    public record MarkNotificationsReadPayload(Integer marked, Long unreadCount, List<UserError> userErrors) implements MutationPayload {
    }

    public record UpdateMyPreferencesInput(String language, Boolean emailNotifications) {
    }

    public record UpdateMyPreferencesPayload(AccountView account, List<UserError> userErrors) implements MutationPayload {
    }

    private final NotificationsQuery notifications;
    private final MarkNotificationsReadUseCase marking;
    private final UpdateMyPreferencesUseCase updating;
    private final TechnicalBenefitsQuery benefits;
    private final IncidentHistoryQuery history;
    private final ProductCatalogQuery catalog;
    private final GlobalIds ids;
    private final ViewMapper views;
    private final Payloads payloads;
    private final NotificationMessages messages = new NotificationMessages();

    public NotificationController(NotificationsQuery notifications, MarkNotificationsReadUseCase marking,
            UpdateMyPreferencesUseCase updating, TechnicalBenefitsQuery benefits, IncidentHistoryQuery history,
            ProductCatalogQuery catalog, GlobalIds ids, ViewMapper views, Payloads payloads) {
        this.notifications = notifications;
        this.marking = marking;
        this.updating = updating;
        this.benefits = benefits;
        this.history = history;
        this.catalog = catalog;
        this.ids = ids;
        this.views = views;
        this.payloads = payloads;
    }

    @SchemaMapping(typeName = "Viewer")
    public NotificationConnection notifications(Viewer viewer, @Argument Integer first, @Argument String after,
            @Argument Boolean unreadOnly, DataFetchingEnvironment env) {
        PageRequest<String> page = PageRequest.of(first, Optional.ofNullable(after).map(this::decode), DEFAULT_PAGE);
        NotificationsQuery.Listed listed = notifications.notifications(viewer, Boolean.TRUE.equals(unreadOnly), page.first(),
                page.after());
        Connection<NotificationView> connection = Connections.of(listed.page(), after != null,
                notification -> ids.encode(NOTIFICATION, notification.id()), notification -> view(notification, listed, env));
        return new NotificationConnection(connection.edges(), connection.nodes(), connection.pageInfo(), connection.totalCount(),
                notifications.unreadCount(viewer));
    }

    @SchemaMapping(typeName = "Notification")
    public SupportContractView contract(NotificationView notification, @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer) {
        return notification.contractKey() == null ? null
                : benefits.findContract(viewer.get(), notification.contractKey()).map(views::toView).orElse(null);
    }

    @SchemaMapping(typeName = "Notification")
    public IncidentView incident(NotificationView notification, @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer) {
        return notification.incidentKey() == null ? null : history.findIncident(viewer.get(), notification.incidentKey())
                .map(incident -> views.toView(incident, catalog.findProduct(incident.request().productId()).orElse(null))).orElse(null);
    }

    @SchemaMapping(typeName = "Account")
    public String language(AccountView account, @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer) {
        return own(account, viewer).map(Preferences::language).orElse(null);
    }

    @SchemaMapping(typeName = "Account")
    public Boolean emailNotifications(AccountView account, @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer viewer) {
        return own(account, viewer).map(Preferences::emailNotifications).orElse(null);
    }

    @MutationMapping
    public MarkNotificationsReadPayload markNotificationsRead(@Argument MarkNotificationsReadInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer lazyViewer, DataFetchingEnvironment env) {
        Viewer viewer = lazyViewer.get();
        return payloads.run(() -> Result.succeeded(marking.markRead(viewer, input.ids().stream()
                .map(id -> ids.decode(NOTIFICATION, id)).flatMap(Optional::stream).toList())),
                marked -> new MarkNotificationsReadPayload(marked, notifications.unreadCount(viewer), List.of()),
                errors -> new MarkNotificationsReadPayload(null, null, errors), env);
    }

    @MutationMapping
    public UpdateMyPreferencesPayload updateMyPreferences(@Argument UpdateMyPreferencesInput input,
            @ContextValue(LazyViewer.CONTEXT_KEY) LazyViewer lazyViewer, DataFetchingEnvironment env) {
        Viewer viewer = lazyViewer.get();
        return payloads.run(() -> Result.succeeded(updating.update(viewer, Optional.ofNullable(input.language()),
                Optional.ofNullable(input.emailNotifications()))), chosen -> new UpdateMyPreferencesPayload(views.toView(viewer.account()),
                List.of()), errors -> new UpdateMyPreferencesPayload(null, errors), env);
    }

    private Optional<Preferences> own(AccountView account, LazyViewer lazyViewer) {
        Viewer viewer = lazyViewer.get();
        return account.id().equals(ids.encode(NodeTypes.ACCOUNT, viewer.account().id().value()))
                ? Optional.of(notifications.preferences(viewer)) : Optional.empty();
    }

    private NotificationView view(Notification notification, NotificationsQuery.Listed listed, DataFetchingEnvironment env) {
        Optional<SupportContractId> contract = notification.occurrence().contract();
        String message = messages.message(notification.occurrence(), contract.map(listed.contracts()::get), env.getLocale());
        return new NotificationView(ids.encode(NOTIFICATION, notification.id()), notification.occurrence().kind(),
                notification.occurrence().at(), notification.read(), message, contract.orElse(null),
                notification.occurrence().incident().orElse(null));
    }

    private String decode(String after) {
        return ids.decode(NOTIFICATION, after).orElseThrow(() -> new InvalidInputException(List.of(
                FieldViolation.of("after", ViolationRule.FORMAT, "pageInfo.endCursor"))));
    }
}
