package dev.muster.console.view.apikeys;

import dev.muster.console.faces.Feedback;
import dev.muster.console.faces.PagedModel;
import dev.muster.platform.errors.MusterException;
import dev.muster.tenants.api.ApiKeyScope;
import dev.muster.tenants.api.ApiKeyView;
import dev.muster.tenants.api.ApiKeys;
import dev.muster.tenants.api.Limits;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.Flash;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code /api-keys/list.xhtml}. */
@Named
@ViewScoped
public class ApiKeysBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "apiKeyForm";
    /** Flash keys of the key just created; read by the view as {@code #{flash[...]}}. */
    public static final String CREATED_KEY = "createdApiKey";
    public static final String CREATED_NAME = "createdApiKeyName";

    @Inject
    ApiKeys apiKeys;

    private PagedModel<ApiKeyView> keys;
    private String name;
    private ApiKeyScope scope = ApiKeyScope.READ_ONLY;

    @PostConstruct
    void init() {
        keys = new PagedModel<>(apiKeys::list, ApiKeyView::id);
    }

    public void create() {
        ApiKeys.CreatedApiKey created;
        try {
            created = apiKeys.create(name == null ? null : name.trim(), scope);
        } catch (MusterException refused) {
            Feedback.refused(refused, FORM, Map.of("name", "keyName", "scope", "keyScope"));
            return;
        }
        Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
        flash.put(CREATED_KEY, created.key());
        flash.put(CREATED_NAME, created.apiKey().name());
        Feedback.flashInfo("apiKeys.created", created.apiKey().name());
        Feedback.redirectToSelf();
    }

    public void revoke(UUID id) {
        Feedback.rowAction(() -> apiKeys.revoke(id), "apiKeys.revoked");
    }

    public List<ApiKeyScope> getScopes() {
        return List.of(ApiKeyScope.values());
    }

    public int getNameMaxLength() {
        return Limits.NAME;
    }

    public PagedModel<ApiKeyView> getKeys() {
        return keys;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ApiKeyScope getScope() {
        return scope;
    }

    public void setScope(ApiKeyScope scope) {
        this.scope = scope;
    }
}
