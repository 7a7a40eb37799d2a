package dev.muster.platform.security;

import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthorizationInterceptorTest {

    private static final UUID TENANT = UUID.randomUUID();

    @Authorized(Role.ADMIN)
    void adminOnly() {
    }

    @Authorized(platform = true)
    void platformOnly() {
    }

    @Authorized(anyUser = true)
    void anyUser() {
    }

    @Authorized(device = true)
    void deviceOnly() {
    }

    @Authorized(Role.VIEWER)
    void viewerOnly() {
    }

    private static Authorized rule(String method) throws NoSuchMethodException {
        return AuthorizationInterceptorTest.class.getDeclaredMethod(method).getAnnotation(Authorized.class);
    }

    private static Caller user(Role role, boolean platformAdmin) {
        return new Caller(Caller.Kind.USER, UUID.randomUUID(), "u@example.com", role == null ? null : TENANT, role, platformAdmin);
    }

    @Test
    void anonymousCallersMustAuthenticateFirst() {
        assertThatThrownBy(() -> AuthorizationInterceptor.check(Caller.ANONYMOUS, rule("anyUser")))
                .isInstanceOfSatisfying(MusterException.class, e -> org.assertj.core.api.Assertions.assertThat(e.code())
                        .isEqualTo(ErrorCode.AUTHENTICATION_REQUIRED));
    }

    @Test
    void aRoleIncludesTheRolesBelowIt() throws Exception {
        assertThatCode(() -> AuthorizationInterceptor.check(user(Role.OWNER, false), rule("adminOnly"))).doesNotThrowAnyException();
        assertThatCode(() -> AuthorizationInterceptor.check(user(Role.ADMIN, false), rule("adminOnly"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> AuthorizationInterceptor.check(user(Role.OPERATOR, false), rule("adminOnly")))
                .isInstanceOf(MusterException.class).hasMessageContaining("role");
    }

    @Test
    void tenantRolesNeedATenant() {
        assertThatThrownBy(() -> AuthorizationInterceptor.check(user(null, false), rule("adminOnly")))
                .isInstanceOf(MusterException.class).hasMessageContaining("organisation");
    }

    @Test
    void platformOperationsNeedAPlatformAdministratorWhateverTheTenantRole() {
        assertThatThrownBy(() -> AuthorizationInterceptor.check(user(Role.OWNER, false), rule("platformOnly")))
                .isInstanceOf(MusterException.class);
        assertThatCode(() -> AuthorizationInterceptor.check(user(null, true), rule("platformOnly"))).doesNotThrowAnyException();
    }

    @Test
    void anyUserOperationsNeedOnlyASignedInUser() {
        assertThatCode(() -> AuthorizationInterceptor.check(user(null, false), rule("anyUser"))).doesNotThrowAnyException();
    }

    @Test
    void devicesActOnlyForThemselvesAndUsersNeverAsDevices() {
        Caller device = new Caller(Caller.Kind.DEVICE, UUID.randomUUID(), "device:cam-1", TENANT, null, false);
        assertThatCode(() -> AuthorizationInterceptor.check(device, rule("deviceOnly"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> AuthorizationInterceptor.check(device, rule("viewerOnly"))).isInstanceOf(MusterException.class);
        assertThatThrownBy(() -> AuthorizationInterceptor.check(device, rule("anyUser"))).isInstanceOf(MusterException.class);
        assertThatThrownBy(() -> AuthorizationInterceptor.check(user(Role.OWNER, true), rule("deviceOnly"))).isInstanceOf(MusterException.class);
    }
}
