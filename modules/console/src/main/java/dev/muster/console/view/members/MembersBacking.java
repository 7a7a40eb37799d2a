package dev.muster.console.view.members;

import dev.muster.console.faces.Feedback;
import dev.muster.console.faces.PagedModel;
import dev.muster.console.session.CurrentUser;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.security.Role;
import dev.muster.tenants.api.InvitationView;
import dev.muster.tenants.api.Invitations;
import dev.muster.tenants.api.Limits;
import dev.muster.tenants.api.MemberView;
import dev.muster.tenants.api.Members;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code /members/list.xhtml}. */
@Named
@ViewScoped
public class MembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String INVITE_FORM = "inviteForm";
    static final String ROLE_FORM = "roleForm";
    static final String TABLE = ":memberListForm:members";

    @Inject
    Members members;

    @Inject
    Invitations invitations;

    @Inject
    CurrentUser currentUser;

    private PagedModel<MemberView> memberModel;
    private PagedModel<InvitationView> invitationModel;
    private String filter;

    private UUID editedUserId;
    private String editedEmail;
    private Role editedRole;

    private String inviteEmail;
    private Role inviteRole = Role.VIEWER;

    @PostConstruct
    void init() {
        memberModel = new PagedModel<>(page -> members.list(filter, page), MemberView::userId);
        invitationModel = new PagedModel<>(invitations::list, InvitationView::id);
    }

    public void search() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** Opens the role dialog for one member. */
    public void edit(MemberView member) {
        editedUserId = member.userId();
        editedEmail = member.email();
        editedRole = member.role();
    }

    public void saveRole() {
        MemberView changed;
        try {
            changed = members.changeRole(editedUserId, editedRole);
        } catch (MusterException refused) {
            Feedback.refused(refused, ROLE_FORM, Map.of("role", "role"));
            return;
        }
        Feedback.flashInfo("members.roleChanged", changed.email(), Feedback.text("role." + changed.role()));
        Feedback.redirectToSelf();
    }

    public void remove(UUID userId) {
        Feedback.rowAction(() -> members.remove(userId), "members.removed");
    }

    public void invite() {
        InvitationView invitation;
        try {
            invitation = invitations.invite(inviteEmail == null ? null : inviteEmail.trim(), inviteRole);
        } catch (MusterException refused) {
            Feedback.refused(refused, INVITE_FORM, Map.of("email", "inviteEmail", "role", "inviteRole"));
            return;
        }
        Feedback.flashInfo("invitations.sent", invitation.email());
        Feedback.redirectToSelf();
    }

    public void revoke(UUID invitationId) {
        Feedback.rowAction(() -> invitations.revoke(invitationId), "invitations.revoked");
    }

    /** True if the signed-in user is this member (to label their own row). */
    public boolean isSelf(MemberView member) {
        return member.userId().equals(currentUser.getCaller().id());
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public int getEmailMaxLength() {
        return Limits.EMAIL;
    }

    public PagedModel<MemberView> getMembers() {
        return memberModel;
    }

    public PagedModel<InvitationView> getInvitations() {
        return invitationModel;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getEditedEmail() {
        return editedEmail;
    }

    public Role getEditedRole() {
        return editedRole;
    }

    public void setEditedRole(Role editedRole) {
        this.editedRole = editedRole;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public Role getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(Role inviteRole) {
        this.inviteRole = inviteRole;
    }
}
