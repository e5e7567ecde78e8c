package org.palisade.security;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.palisade.platform.FormRefusals;
import org.palisade.platform.InvalidRequest;
import org.palisade.platform.Notice;
import org.palisade.platform.WebPages;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's personal access tokens: create one (its secret shown once), see them, revoke one. */
@WebPages
@RequestMapping("/account/tokens")
class TokenPages {

    /** Lifetimes offered on the page; the API takes any number of days up to the maximum. */
    static final List<Integer> LIFETIMES = List.of(7, 30, 90, AccessTokens.MAX_DAYS);

    private final AccessTokens tokens;
    private final Clock clock;

    TokenPages(AccessTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new TokenForm());
        return page(model);
    }

    @PostMapping
    String create(@ModelAttribute("form") TokenForm form, BindingResult result, Model model) {
        if (!result.hasErrors()) {
            try {
                // shown in this answer only, not through a redirect: the secret never waits in the session
                model.addAttribute("created", tokens.create(form.toNewToken()));
                // the same form sent again shows the tokens (the secret was in the first answer), creating none
                org.palisade.platform.FormReplay.showsPage("/account/tokens");
                model.addAttribute("form", new TokenForm());
            } catch (InvalidRequest refusal) {
                FormRefusals.bind(refusal, result, field -> switch (field) {
                    case "name", "expiresInDays", "scope" -> field;
                    default -> null;
                });
            }
        }
        return page(model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        AccessToken revoked = tokens.revoke(id);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("tokens.revoked", revoked.name()));
        return "redirect:/account/tokens";
    }

    private String page(Model model) {
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("mayCreate", tokens.mayCreate());
        model.addAttribute("lifetimes", LIFETIMES);
        model.addAttribute("scopes", TokenScope.values());
        model.addAttribute("now", clock.instant());
        return "security/tokens";
    }
}
