package dev.muster.console.view.provisioningkeys;

import dev.muster.console.faces.Feedback;
import dev.muster.console.faces.PagedModel;
import dev.muster.devices.api.DeviceLimits;
import dev.muster.platform.errors.MusterException;
import dev.muster.tokens.api.CreatedProvisioningKey;
import dev.muster.tokens.api.NewProvisioningKey;
import dev.muster.tokens.api.ProvisioningKeyView;
import dev.muster.tokens.api.ProvisioningKeys;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/** {@code /provisioning-keys/index.xhtml}. */
@Named
@ViewScoped
public class ProvisioningKeysBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "provisioningKeyForm";
    /** The longest name the API accepts. */
    static final int NAME_MAX_LENGTH = 120;
    /** Flash keys of the key just created; read by the view as {@code #{flash[...]}}. */
    public static final String CREATED_KEY = "createdProvisioningKey";
    public static final String CREATED_NAME = "createdProvisioningKeyName";

    @Inject
    ProvisioningKeys provisioningKeys;

    private PagedModel<ProvisioningKeyView> keys;
    private String name;
    private Integer deviceLimit = NewProvisioningKey.DEFAULT_DEVICES;
    private Integer expiresInDays = NewProvisioningKey.DEFAULT_DAYS;
    private String deviceType;
    private String group;

    @PostConstruct
    void init() {
        keys = new PagedModel<>(provisioningKeys::list, ProvisioningKeyView::id);
    }

    public void create() {
        CreatedProvisioningKey created;
        try {
            created = provisioningKeys.create(new NewProvisioningKey(blankToNull(name), deviceLimit, expiresInDays,
                    blankToNull(deviceType), blankToNull(group)));
        } catch (MusterException refused) {
            Feedback.refused(refused, FORM, Map.of("name", "keyName"));
            return;
        }
        Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
        flash.put(CREATED_KEY, created.key());
        flash.put(CREATED_NAME, created.provisioningKey().name());
        Feedback.flashInfo("provisioningKeys.created", created.provisioningKey().name());
        Feedback.redirectToSelf();
    }

    public void revoke(UUID id) {
        Feedback.rowAction(() -> provisioningKeys.revoke(id), "provisioningKeys.revoked");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public PagedModel<ProvisioningKeyView> getKeys() {
        return keys;
    }

    public int getNameMaxLength() {
        return NAME_MAX_LENGTH;
    }

    public int getMaxDevices() {
        return NewProvisioningKey.MAX_DEVICES;
    }

    public int getMaxDays() {
        return NewProvisioningKey.MAX_DAYS;
    }

    public int getTypeMaxLength() {
        return DeviceLimits.TYPE;
    }

    public int getGroupMaxLength() {
        return DeviceLimits.GROUP;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDeviceLimit() {
        return deviceLimit;
    }

    public void setDeviceLimit(Integer deviceLimit) {
        this.deviceLimit = deviceLimit;
    }

    public Integer getExpiresInDays() {
        return expiresInDays;
    }

    public void setExpiresInDays(Integer expiresInDays) {
        this.expiresInDays = expiresInDays;
    }

    public String getDeviceType() {
        return deviceType;
    }

    public void setDeviceType(String deviceType) {
        this.deviceType = deviceType;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }
}
