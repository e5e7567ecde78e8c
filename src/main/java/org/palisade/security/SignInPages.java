package org.palisade.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (form login, plus a link per configured OpenID Connect provider) and the account page. */
@Controller
class SignInPages {

    private final ObjectProvider<ClientRegistrationRepository> oidcClients;
    private final CurrentViewer currentViewer;

    SignInPages(ObjectProvider<ClientRegistrationRepository> oidcClients, CurrentViewer currentViewer) {
        this.oidcClients = oidcClients;
        this.currentViewer = currentViewer;
    }

    record Provider(String id, String name) {
    }

    /** Session attribute holding the username of the last failed sign-in, shown once in the form again. */
    static final String LAST_USERNAME = "palisade.sign-in.username";

    @GetMapping("/login")
    String login(Model model, jakarta.servlet.http.HttpSession session) {
        Object username = session == null ? null : session.getAttribute(LAST_USERNAME);
        if (username != null) {
            session.removeAttribute(LAST_USERNAME);
            model.addAttribute("username", username);
        }
        List<Provider> providers = new ArrayList<>();
        // Boot's repository of configured clients is iterable; others cannot be listed and show no link
        if (oidcClients.getIfAvailable() instanceof Iterable<?> clients) {
            for (Object client : clients) {
                ClientRegistration registration = (ClientRegistration) client;
                providers.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
            }
        }
        model.addAttribute("providers", providers);
        return "security/login";
    }

    @GetMapping("/account")
    String account(Model model) {
        SignedInUser user = currentViewer.signedIn().orElse(null);
        model.addAttribute("user", user);
        model.addAttribute("roles", user == null ? List.of() : user.roles().stream().sorted().toList());
        return "security/account";
    }
}
