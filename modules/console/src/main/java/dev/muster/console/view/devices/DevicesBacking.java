package dev.muster.console.view.devices;

import dev.muster.console.faces.Feedback;
import dev.muster.devices.api.BulkAction;
import dev.muster.devices.api.BulkResult;
import dev.muster.devices.api.CreatedDevice;
import dev.muster.devices.api.DeviceFilter;
import dev.muster.devices.api.DeviceLimits;
import dev.muster.devices.api.DeviceList;
import dev.muster.devices.api.DeviceStatus;
import dev.muster.devices.api.Devices;
import dev.muster.devices.api.NewDevice;
import dev.muster.platform.errors.MusterException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /devices/index.xhtml}. */
@Named
@ViewScoped
public class DevicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String VIEW = "/devices/index.xhtml";
    static final String BULK_FORM = "bulkForm";
    static final String PRE_REGISTER_FORM = "preRegisterForm";
    /** Flash keys of the device just pre-registered; read by the view as {@code #{flash[...]}}. */
    public static final String CREATED_SECRET = "createdDeviceSecret";
    public static final String CREATED_LABEL = "createdDeviceLabel";
    public static final String CREATED_ID = "createdDeviceId";

    @Inject
    Devices devices;

    private DeviceListState state;

    // the filter form, applied to the state by apply()
    private DeviceStatus status;
    private String type;
    private String group;
    private String tag;
    private String os;
    private String text;
    private DeviceFilter.Sort sort;
    private boolean descending;
    private int pageSize;

    // the current page
    private List<DeviceRow> rows = List.of();
    private long total;
    private String next;
    private List<DeviceRow> selected = new ArrayList<>();

    // the bulk dialog
    private BulkAction bulkAction;
    private BulkPlan.Scope bulkScope = BulkPlan.Scope.SELECTION;
    private String bulkTagKey;
    private String bulkTagValue;
    private String bulkGroup;
    private BulkPlan previewed;
    private long previewCount;

    // the pre-register dialog
    private String newKey;
    private String newName;
    private String newType;
    private String newGroup;

    @PostConstruct
    void init() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        state = DeviceListState.fromParameters(parameters);
        FilterValues filter = state.filter();
        status = filter.status();
        type = filter.type();
        group = filter.group();
        tag = filter.tag();
        os = filter.os();
        text = filter.text();
        sort = state.sort();
        descending = state.descending();
        pageSize = state.pageSize();
        load();
    }

    /** Applies the filter form, sort and page size; back to the first page. */
    public void apply() {
        state.apply(new FilterValues(status, type, group, tag, os, text), sort, descending, pageSize);
        load();
    }

    public void clear() {
        status = null;
        type = null;
        group = null;
        tag = null;
        os = null;
        text = null;
        apply();
    }

    public void nextPage() {
        state.next(next);
        load();
    }

    public void previousPage() {
        state.previous();
        load();
    }

    public void firstPage() {
        state.first();
        load();
    }

    /** Loads the state's page. The selection covers the rows on screen, so it starts empty on every page. */
    private void load() {
        selected = new ArrayList<>();
        try {
            DeviceList page = devices.list(state.filter().toFilter(), state.sort(), state.descending(), state.after(),
                    state.pageSize());
            rows = page.items().stream().map(DeviceRow::of).toList();
            total = page.total();
            next = page.next();
        } catch (MusterException refused) {
            rows = List.of();
            total = 0;
            next = null;
            Feedback.refused(refused, null);
        }
    }

    /** Opens the bulk dialog; an action that needs no input shows its count at once. */
    public void openBulk(BulkAction action) {
        bulkAction = action;
        bulkScope = selected.isEmpty() ? BulkPlan.Scope.FILTER : BulkPlan.Scope.SELECTION;
        bulkTagKey = null;
        bulkTagValue = null;
        bulkGroup = null;
        previewed = null;
        if (!isBulkNeedsInput()) {
            preview();
        }
    }

    /** The scope changed: the count shown no longer holds. */
    public void scopeChanged() {
        previewed = null;
        if (!isBulkNeedsInput()) {
            preview();
        }
    }

    /** Asks the API how many devices the plan touches, changing nothing. */
    public void preview() {
        previewed = null;
        BulkPlan plan = plan();
        if (plan.scope() == BulkPlan.Scope.SELECTION && plan.ids().isEmpty()) {
            Feedback.invalid(BULK_FORM, "bulkScope", Feedback.text("devices.bulk.noSelection"));
            return;
        }
        if (plan.scope() == BulkPlan.Scope.FILTER && plan.filter().isEmpty()) {
            Feedback.invalid(BULK_FORM, "bulkScope", Feedback.text("devices.bulk.noFilter"));
            return;
        }
        try {
            BulkResult result = devices.bulk(plan.toRequest(true));
            previewCount = result.matched();
            previewed = plan;
        } catch (MusterException refused) {
            Feedback.refused(refused, BULK_FORM, bulkInputs());
        }
    }

    /** Back from the count to the inputs. */
    public void editBulk() {
        previewed = null;
    }

    /** Applies exactly the plan whose count the dialog showed. */
    public void applyBulk() {
        BulkPlan plan = plan();
        if (previewed == null || !plan.equals(previewed)) {
            previewed = null;
            Feedback.error("devices.bulk.changed");
            return;
        }
        BulkResult result;
        try {
            result = devices.bulk(plan.toRequest(false));
        } catch (MusterException refused) {
            Feedback.refused(refused, BULK_FORM, bulkInputs());
            return;
        }
        Feedback.flashInfo("devices.bulk.done." + plan.action().name(), result.changed(), result.matched());
        redirectToList();
    }

    private BulkPlan plan() {
        return new BulkPlan(bulkAction, bulkScope, selected.stream().map(DeviceRow::id).toList(), state.filter(),
                bulkTagKey, bulkTagValue, bulkGroup);
    }

    private static Map<String, String> bulkInputs() {
        return Map.of("tagKey", "bulkTagKey", "tagValue", "bulkTagValue", "group", "bulkGroup",
                "filter", "bulkScope", "ids", "bulkScope");
    }

    /** Opens the pre-register dialog empty. */
    public void openPreRegister() {
        newKey = null;
        newName = null;
        newType = null;
        newGroup = null;
    }

    public void preRegister() {
        CreatedDevice created;
        try {
            created = devices.preRegister(new NewDevice(blankToNull(newKey), blankToNull(newName), blankToNull(newType),
                    blankToNull(newGroup), null, null, null));
        } catch (MusterException refused) {
            Feedback.refused(refused, PRE_REGISTER_FORM,
                    Map.of("key", "newKey", "name", "newName", "type", "newType", "group", "newGroup"));
            return;
        }
        Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
        flash.put(CREATED_SECRET, created.secret());
        flash.put(CREATED_LABEL, created.device().label());
        flash.put(CREATED_ID, created.device().id().toString());
        Feedback.flashInfo("devices.preRegistered", created.device().label());
        redirectToList();
    }

    /** Post-redirect-get back to the list with the same filters. */
    private void redirectToList() {
        String query = state.toQuery();
        Feedback.redirect(query.isEmpty() ? VIEW : VIEW + "?" + query);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The label of a scope choice, with the number of devices it stands for as far as the page knows. */
    public String scopeLabel(BulkPlan.Scope scope) {
        return scope == BulkPlan.Scope.SELECTION
                ? Feedback.text("devices.bulk.scope.SELECTION", selected.size())
                : Feedback.text("devices.bulk.scope.FILTER", total);
    }

    public boolean isBulkNeedsInput() {
        return bulkAction == BulkAction.TAG || bulkAction == BulkAction.UNTAG || bulkAction == BulkAction.MOVE_GROUP;
    }

    public boolean isBulkDangerous() {
        return bulkAction == BulkAction.REVOKE || bulkAction == BulkAction.DELETE;
    }

    public boolean isPreviewed() {
        return previewed != null;
    }

    public long getPreviewCount() {
        return previewCount;
    }

    public boolean isFilterApplied() {
        return !state.filter().isEmpty();
    }

    public boolean isFirstPage() {
        return state.isFirstPage();
    }

    public boolean isLastPage() {
        return next == null;
    }

    public int getPageNumber() {
        return state.pageNumber();
    }

    public List<DeviceRow> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public List<DeviceRow> getSelected() {
        return selected;
    }

    public void setSelected(List<DeviceRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public List<DeviceStatus> getStatuses() {
        return List.of(DeviceStatus.values());
    }

    public List<DeviceFilter.Sort> getSorts() {
        return List.of(DeviceFilter.Sort.values());
    }

    public List<Integer> getPageSizes() {
        return DeviceListState.PAGE_SIZES;
    }

    public List<BulkPlan.Scope> getScopes() {
        return List.of(BulkPlan.Scope.values());
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

    public int getTagKeyMaxLength() {
        return DeviceLimits.TAG_KEY;
    }

    public int getTagValueMaxLength() {
        return DeviceLimits.TAG_VALUE;
    }

    public BulkAction getBulkAction() {
        return bulkAction;
    }

    public BulkPlan.Scope getBulkScope() {
        return bulkScope;
    }

    public void setBulkScope(BulkPlan.Scope bulkScope) {
        this.bulkScope = bulkScope;
    }

    public String getBulkTagKey() {
        return bulkTagKey;
    }

    public void setBulkTagKey(String bulkTagKey) {
        this.bulkTagKey = bulkTagKey;
    }

    public String getBulkTagValue() {
        return bulkTagValue;
    }

    public void setBulkTagValue(String bulkTagValue) {
        this.bulkTagValue = bulkTagValue;
    }

    public String getBulkGroup() {
        return bulkGroup;
    }

    public void setBulkGroup(String bulkGroup) {
        this.bulkGroup = bulkGroup;
    }

    public DeviceStatus getStatus() {
        return status;
    }

    public void setStatus(DeviceStatus status) {
        this.status = status;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getOs() {
        return os;
    }

    public void setOs(String os) {
        this.os = os;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public DeviceFilter.Sort getSort() {
        return sort;
    }

    public void setSort(DeviceFilter.Sort sort) {
        this.sort = sort;
    }

    public boolean isDescending() {
        return descending;
    }

    public void setDescending(boolean descending) {
        this.descending = descending;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public String getNewKey() {
        return newKey;
    }

    public void setNewKey(String newKey) {
        this.newKey = newKey;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewType() {
        return newType;
    }

    public void setNewType(String newType) {
        this.newType = newType;
    }

    public String getNewGroup() {
        return newGroup;
    }

    public void setNewGroup(String newGroup) {
        this.newGroup = newGroup;
    }
}
