package dev.muster.alerts.rules;

import dev.muster.alerts.api.AlertRules;
import dev.muster.alerts.api.GroupRuleSettings;
import dev.muster.alerts.api.RuleSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The heartbeat rules' settings of the caller's tenant and its device groups: members read, admins change. */
@Path("alert-rules")
@RequestScoped
@Tag(name = "Alerts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {

    @Inject
    AlertRules rules;

    @GET
    @Operation(summary = "The tenant's rule settings and its groups' overrides")
    public GroupRuleSettings get() {
        return rules.get();
    }

    @PUT
    @Operation(summary = "Replace the tenant's rule settings; absent fields take the defaults")
    public GroupRuleSettings putTenant(RuleSettings settings) {
        return rules.putTenant(settings);
    }

    @PUT
    @Path("groups/{group}")
    @Operation(summary = "Replace a device group's override; absent fields inherit the tenant's")
    public GroupRuleSettings putGroup(@PathParam("group") String group, RuleSettings settings) {
        return rules.putGroup(group, settings);
    }

    @DELETE
    @Path("groups/{group}")
    @Operation(summary = "Remove a device group's override")
    public GroupRuleSettings deleteGroup(@PathParam("group") String group) {
        return rules.deleteGroup(group);
    }
}
