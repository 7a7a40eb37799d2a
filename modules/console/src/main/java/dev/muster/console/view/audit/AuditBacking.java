package dev.muster.console.view.audit;

import dev.muster.console.faces.Feedback;
import dev.muster.console.faces.PagedModel;
import dev.muster.console.session.ConsoleAccess;
import dev.muster.platform.audit.AuditQuery;
import dev.muster.platform.audit.AuditRecord;
import dev.muster.platform.audit.AuditTrail;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
import dev.muster.tenants.api.TenantCatalog;
import dev.muster.tenants.api.TenantView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code /audit/list.xhtml}. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = ":auditListForm:audit";

    @Inject
    AuditTrail trail;

    @Inject
    CallerContext callers;

    @Inject
    TenantCatalog catalog;

    private PagedModel<AuditRecord> entries;
    private String action;
    private String actor;
    private String text;
    private LocalDate from;
    private LocalDate to;
    /** The filters last applied (an API record, not serializable: rebuilt from the fields if lost). */
    private transient AuditQuery query;
    /** Tenant names by id, for the all-tenants view; loaded once per request that needs it. */
    private transient Map<UUID, String> tenantNames;

    @PostConstruct
    void init() {
        entries = new PagedModel<>(this::find, AuditRecord::id);
    }

    /** Applies the filters and goes back to the first page. */
    public void apply() {
        if (from != null && to != null && to.isBefore(from)) {
            Feedback.error("audit.badRange");
            return;
        }
        query = currentQuery();
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void clear() {
        action = null;
        actor = null;
        text = null;
        from = null;
        to = null;
        apply();
    }

    /** True when the log shown spans every tenant (platform administrator outside any tenant). */
    public boolean isAllTenants() {
        return callers.caller().tenantId() == null;
    }

    /** The name of an entry's tenant for the all-tenants view; deleted tenants show their id. */
    public String tenantName(UUID tenantId) {
        if (tenantId == null) {
            return Feedback.text("audit.platform");
        }
        if (tenantNames == null) {
            tenantNames = catalog.mine().stream().collect(Collectors.toMap(TenantView::id, TenantView::name, (a, b) -> a));
        }
        return tenantNames.getOrDefault(tenantId, tenantId.toString());
    }

    private Page<AuditRecord> find(PageRequest page) {
        Caller caller = callers.caller();
        if (!ConsoleAccess.mayReadAudit(caller)) {
            throw MusterException.forbidden();
        }
        if (query == null) {
            query = currentQuery();
        }
        tenantNames = null;
        return trail.find(caller.tenantId(), query, page);
    }

    private AuditQuery currentQuery() {
        return new AuditQuery(blankToNull(action), blankToNull(actor), blankToNull(text), startOf(from), endOf(to));
    }

    /** The first instant of a UTC day, or null. */
    static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after a UTC day (an exclusive upper bound), or null. */
    static Instant endOf(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public PagedModel<AuditRecord> getEntries() {
        return entries;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
