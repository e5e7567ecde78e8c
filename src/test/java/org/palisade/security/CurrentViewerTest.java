package org.palisade.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palisade.testing.PalisadeTest;
import org.palisade.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Which viewer use cases get on threads with and without a request (HTTP behaviour: the other tests). */
@PalisadeTest
class CurrentViewerTest {

    @Autowired
    CurrentViewer currentViewer;

    @Autowired
    LocalUsers localUsers;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void seed() {
        new TestUsers(jdbc).seed();
    }

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void workWithoutARequestActsAsTheSystem() {
        assertThat(currentViewer.viewer()).isEqualTo(Viewer.SYSTEM);
        assertThat(currentViewer.username()).isEqualTo("system");
    }

    @Test
    void aVisitorOnARequestIsAnonymousButCanHandWorkToTheSystemExplicitly() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

        assertThat(currentViewer.viewer()).isEqualTo(Viewer.ANONYMOUS);
        assertThat(currentViewer.username()).isEqualTo("anonymous");
        assertThat(currentViewer.asSystem(currentViewer::viewer)).isEqualTo(Viewer.SYSTEM);
        assertThat(currentViewer.viewer()).isEqualTo(Viewer.ANONYMOUS);
    }

    @Test
    void aSignedInUserIsTheirOrganisationWithTheirRoles() {
        LocalUser user = localUsers.find(TestUsers.COORDINATOR).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));

        Viewer viewer = currentViewer.viewer();

        assertThat(viewer.system()).isFalse();
        assertThat(viewer.organisationId()).isEqualTo(new TestUsers(jdbc).organisation("NATO"));
        assertThat(viewer.has(Role.COORDINATOR)).isTrue();
        assertThat(currentViewer.username()).isEqualTo(TestUsers.COORDINATOR);
    }
}
