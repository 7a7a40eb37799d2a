package dev.muster.console.view.admin.tenants;

import dev.muster.console.faces.Feedback;
import dev.muster.console.faces.PagedModel;
import dev.muster.console.session.ConsoleSession;
import dev.muster.platform.errors.MusterException;
import dev.muster.tenants.api.Limits;
import dev.muster.tenants.api.NewTenant;
import dev.muster.tenants.api.TenantCatalog;
import dev.muster.tenants.api.TenantView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code /admin/tenants/list.xhtml}. The new tenant is checked against {@link NewTenant}'s constraints
 * here as well, so each field's message lands next to its input even where the API's method
 * validation would report them all at once (or not at all).
 */
@Named
@ViewScoped
public class TenantsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "tenantForm";
    static final String TABLE = ":tenantListForm:tenants";

    @Inject
    TenantCatalog catalog;

    @Inject
    ConsoleSession session;

    @Inject
    Validator validator;

    private PagedModel<TenantView> tenants;
    private String filter;
    private String slug;
    private String name;
    private String contactEmail;
    private String ownerEmail;

    @PostConstruct
    void init() {
        tenants = new PagedModel<>(page -> catalog.list(filter, page), TenantView::id);
    }

    /** Applies the text filter and goes back to the first page. */
    public void search() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void create() {
        NewTenant tenant = new NewTenant(trim(slug), trim(name), trim(contactEmail), blankToNull(ownerEmail));
        Set<ConstraintViolation<NewTenant>> violations = validator.validate(tenant);
        if (!violations.isEmpty()) {
            Feedback.refused(new ConstraintViolationException(violations), FORM, Map.of());
            return;
        }
        TenantView created;
        try {
            created = catalog.create(tenant);
        } catch (MusterException refused) {
            Feedback.refused(refused, FORM);
            return;
        } catch (ConstraintViolationException refused) {
            Feedback.refused(refused, FORM, Map.of());
            return;
        }
        Feedback.flashInfo(ownerEmail == null || ownerEmail.isBlank() ? "tenants.created" : "tenants.createdWithOwner",
                created.name());
        Feedback.redirectToSelf();
    }

    public void suspend(UUID id) {
        change(() -> catalog.suspend(id), "tenants.suspended");
    }

    public void activate(UUID id) {
        change(() -> catalog.activate(id), "tenants.activated");
    }

    public void delete(UUID id) {
        try {
            TenantView tenant = catalog.get(id);
            if (id.equals(session.tenantId())) {
                session.switchTo(null);
            }
            catalog.delete(id);
            Feedback.flashInfo("tenants.deleted", tenant.name());
        } catch (MusterException refused) {
            Feedback.refused(refused, null);
            return;
        }
        Feedback.redirectToSelf();
    }

    private void change(Supplier<TenantView> action, String doneKey) {
        TenantView tenant;
        try {
            tenant = action.get();
        } catch (MusterException refused) {
            Feedback.refused(refused, null);
            return;
        }
        Feedback.flashInfo(doneKey, tenant.name());
        Feedback.redirectToSelf();
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public int getSlugMaxLength() {
        return Limits.SLUG;
    }

    public int getNameMaxLength() {
        return Limits.NAME;
    }

    public int getEmailMaxLength() {
        return Limits.EMAIL;
    }

    public PagedModel<TenantView> getTenants() {
        return tenants;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getOwnerEmail() {
        return ownerEmail;
    }

    public void setOwnerEmail(String ownerEmail) {
        this.ownerEmail = ownerEmail;
    }
}
