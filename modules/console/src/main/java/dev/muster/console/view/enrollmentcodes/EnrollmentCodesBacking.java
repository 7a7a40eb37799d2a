package dev.muster.console.view.enrollmentcodes;

import dev.muster.console.faces.Feedback;
import dev.muster.console.faces.KeyValueLines;
import dev.muster.console.faces.PagedModel;
import dev.muster.devices.api.DeviceLimits;
import dev.muster.devices.api.Devices;
import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.paging.Page;
import dev.muster.platform.paging.PageRequest;
import dev.muster.tokens.api.CreatedEnrollmentCode;
import dev.muster.tokens.api.EnrollmentCodeView;
import dev.muster.tokens.api.EnrollmentCodes;
import dev.muster.tokens.api.EnrollmentUse;
import dev.muster.tokens.api.GrantStatus;
import dev.muster.tokens.api.NewEnrollmentCode;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code /enrollment-codes/index.xhtml}. */
@Named
@ViewScoped
public class EnrollmentCodesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "codeForm";
    static final String TABLE = ":codeListForm:codes";
    /** How many of a code's enrollments the list names; the rest are counted. */
    static final int USES_SHOWN = 5;
    /** Flash keys of the code just created; read by the view as {@code #{flash[...]}}. */
    public static final String CREATED_CODE = "createdEnrollmentCode";
    public static final String CREATED_EXPIRES = "createdEnrollmentCodeExpires";
    public static final String CREATED_USES = "createdEnrollmentCodeUses";

    @Inject
    EnrollmentCodes codes;

    @Inject
    Devices devices;

    private PagedModel<EnrollmentCodeView> list;
    private GrantStatus status;
    /** Whether the devices named on the current page still exist; filled per page. */
    private transient Map<UUID, Boolean> deviceExists;

    private Integer maxUses = 1;
    private Integer expiresInHours = NewEnrollmentCode.DEFAULT_HOURS;
    private String deviceKey;
    private String deviceName;
    private String deviceType;
    private String group;
    private String tags;
    private String note;

    @PostConstruct
    void init() {
        list = new PagedModel<>(this::find, EnrollmentCodeView::id);
    }

    private Page<EnrollmentCodeView> find(PageRequest page) {
        deviceExists = null;
        return codes.list(status, page);
    }

    /** Applies the status filter and goes back to the first page. */
    public void search() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void create() {
        KeyValueLines.Parsed parsedTags = KeyValueLines.parse(tags);
        if (!parsedTags.valid()) {
            Feedback.invalid(FORM, "tags", parsedTags.problems().stream()
                    .map(p -> Feedback.text("keyValue." + p.kind().name(), p.line(), p.key()))
                    .collect(Collectors.joining(" ")));
            return;
        }
        CreatedEnrollmentCode created;
        try {
            created = codes.create(new NewEnrollmentCode(maxUses, expiresInHours, blankToNull(deviceKey),
                    blankToNull(deviceName), blankToNull(deviceType), blankToNull(group),
                    parsedTags.values().isEmpty() ? null : parsedTags.values(), blankToNull(note)));
        } catch (MusterException refused) {
            Map<String, String> inputs = new HashMap<>();
            parsedTags.values().keySet().forEach(key -> inputs.put("tags." + key, "tags"));
            Feedback.refused(refused, FORM, inputs);
            return;
        }
        Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
        flash.put(CREATED_CODE, display(created.code()));
        flash.put(CREATED_EXPIRES, created.enrollmentCode().expiresAt());
        flash.put(CREATED_USES, created.enrollmentCode().maxUses());
        Feedback.flashInfo("enrollmentCodes.created");
        Feedback.redirectToSelf();
    }

    public void revoke(UUID id) {
        Feedback.rowAction(() -> codes.revoke(id), "enrollmentCodes.revoked");
    }

    /** The enrollments the list names for a code: the first few. */
    public List<EnrollmentUse> shownUses(EnrollmentCodeView code) {
        List<EnrollmentUse> uses = code.enrollments() == null ? List.of() : code.enrollments();
        return uses.size() <= USES_SHOWN ? uses : uses.subList(0, USES_SHOWN);
    }

    /** How many enrollments of a code the list does not name. */
    public int moreUses(EnrollmentCodeView code) {
        int uses = code.enrollments() == null ? 0 : code.enrollments().size();
        return Math.max(0, uses - USES_SHOWN);
    }

    /** Whether the device an enrollment created is still in the registry (it may have been deleted since). */
    public boolean deviceExists(UUID deviceId) {
        if (deviceId == null) {
            return false;
        }
        if (deviceExists == null) {
            deviceExists = new HashMap<>();
        }
        return deviceExists.computeIfAbsent(deviceId, id -> {
            try {
                devices.get(id);
                return true;
            } catch (MusterException e) {
                if (e.code() == ErrorCode.NOT_FOUND) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** True if the code binds anything the enrolling device gets. */
    public boolean bound(EnrollmentCodeView code) {
        return code.deviceKey() != null || code.deviceName() != null || code.deviceType() != null || code.group() != null
                || code.tags() != null && !code.tags().isEmpty();
    }

    public String tagsText(EnrollmentCodeView code) {
        return code.tags() == null ? "" : code.tags().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(tag -> tag.getValue().isEmpty() ? tag.getKey() : tag.getKey() + "=" + tag.getValue())
                .collect(Collectors.joining(", "));
    }

    /** A code as people read it aloud: "K7PX3M" as "K7P-X3M" (enrollment ignores the dash). */
    static String display(String code) {
        if (code == null || code.length() != 6) {
            return code;
        }
        return code.substring(0, 3) + "-" + code.substring(3);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<GrantStatus> getStatuses() {
        return List.of(GrantStatus.values());
    }

    public PagedModel<EnrollmentCodeView> getList() {
        return list;
    }

    public int getMaxUsesLimit() {
        return NewEnrollmentCode.MAX_USES;
    }

    public int getMaxHours() {
        return NewEnrollmentCode.MAX_HOURS;
    }

    public int getNoteMaxLength() {
        return NewEnrollmentCode.NOTE;
    }

    public int getKeyMaxLength() {
        return DeviceLimits.KEY;
    }

    public int getNameMaxLength() {
        return DeviceLimits.NAME;
    }

    public int getTypeMaxLength() {
        return DeviceLimits.TYPE;
    }

    public int getGroupMaxLength() {
        return DeviceLimits.GROUP;
    }

    public GrantStatus getStatus() {
        return status;
    }

    public void setStatus(GrantStatus status) {
        this.status = status;
    }

    public Integer getMaxUses() {
        return maxUses;
    }

    public void setMaxUses(Integer maxUses) {
        this.maxUses = maxUses;
    }

    public Integer getExpiresInHours() {
        return expiresInHours;
    }

    public void setExpiresInHours(Integer expiresInHours) {
        this.expiresInHours = expiresInHours;
    }

    public String getDeviceKey() {
        return deviceKey;
    }

    public void setDeviceKey(String deviceKey) {
        this.deviceKey = deviceKey;
    }

    public String getDeviceName() {
        return deviceName;
    }

    public void setDeviceName(String deviceName) {
        this.deviceName = deviceName;
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

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
