package dev.muster.console.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeRedirectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/members/list.xhtml", "/audit/list.xhtml?actor=alice%40example.com&from=2026-01-01",
            "/admin/tenants/list.xhtml", "/profile.xhtml"})
    void keepsSameSitePaths(String next) {
        assertThat(SafeRedirects.afterSignIn(next)).isEqualTo(next);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void goesToTheDashboardWithoutATarget(String next) {
        assertThat(SafeRedirects.afterSignIn(next)).isEqualTo("/index.xhtml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%0d%0aSet-Cookie:x", "/members/list.xhtml?q=%2F%2Fevil.example"})
    void keepsEncodedCharactersEncoded(String next) {
        assertThat(SafeRedirects.afterSignIn(next)).isEqualTo(next).doesNotContain("\r", "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
            "/members/../admin/tenants/list.xhtml", "http:/evil.example", "/index.xhtml#frag", "\\\\evil.example",
            "evil.example", "members/list.xhtml", "/a\r\nLocation: x", "/a\tb", "/ /evil", "/./index.xhtml"})
    void fallsBackToTheDashboardForForeignOrTrickyTargets(String next) {
        assertThat(SafeRedirects.afterSignIn(next)).isEqualTo("/index.xhtml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sign-in.xhtml", "/sign-in.xhtml?next=/x", "/api/tenants", "/error.xhtml"})
    void doesNotLoopBackToPublicPagesOrTheApi(String next) {
        assertThat(SafeRedirects.afterSignIn(next)).isEqualTo("/index.xhtml");
    }

    @Test
    void refusesOverlongTargets() {
        assertThat(SafeRedirects.afterSignIn("/" + "a".repeat(3_000))).isEqualTo("/index.xhtml");
    }
}
