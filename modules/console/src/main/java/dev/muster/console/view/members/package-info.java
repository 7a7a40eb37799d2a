/**
 * {@code /members/list.xhtml}: the members of the current tenant (any member may look; ADMIN and
 * above change roles and remove), and invitations (ADMIN and above: invite, list, revoke). The rules
 * on owners (only an owner grants or removes OWNER, the last owner stays) are the API's; the page
 * shows its refusals.
 */
package dev.muster.console.view.members;
