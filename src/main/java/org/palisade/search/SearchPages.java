package org.palisade.search;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.palisade.contributions.Contribution;
import org.palisade.contributions.ContributionFilter;
import org.palisade.contributions.Contributions;
import org.palisade.organisations.Organisation;
import org.palisade.organisations.Organisations;
import org.palisade.packages.AidPackage;
import org.palisade.packages.Packages;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.SearchWords;
import org.palisade.platform.WebPages;
import org.palisade.requirements.Requirements;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /search?q=}: packages by name, number or an organisation that assembled or funds them, contributions by a
 * contributor's name (in English or Ukrainian) or code, requirement
 * items by their description, each found by the words' beginnings and only as far as the viewer may see them
 * (every module applies its own visibility). Without {@code kind}, the first few of each with their counts;
 * with {@code kind}, that kind alone, paged.
 */
@WebPages
class SearchPages {

    enum Kind { PACKAGES, CONTRIBUTIONS, REQUIREMENTS }

    static final int FIRST = 5;
    static final int PAGE_SIZE = 20;
    private final Packages packages;
    private final Contributions contributions;
    private final Requirements requirements;
    private final Organisations organisations;

    SearchPages(Packages packages, Contributions contributions, Requirements requirements, Organisations organisations) {
        this.packages = packages;
        this.contributions = contributions;
        this.requirements = requirements;
        this.organisations = organisations;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page, Model model) {
        SearchWords words = SearchWords.of(q);
        Kind only = kind == null ? null : switch (kind) {
            case "packages" -> Kind.PACKAGES;
            case "contributions" -> Kind.CONTRIBUTIONS;
            case "requirements" -> Kind.REQUIREMENTS;
            default -> null;
        };
        model.addAttribute("q", words.typed());
        model.addAttribute("kind", only == null ? null : kind);
        model.addAttribute("searched", !words.isEmpty());
        if (words.isEmpty()) {
            return "search/results";
        }
        // searches order by themselves (newest first); the sort keys only satisfy Paging
        Paging first = Paging.of(0, FIRST, null, Packages.SORTABLE);
        Paging paged = Paging.of(Math.max(page, 0), PAGE_SIZE, null, Packages.SORTABLE);
        // organisations by their name in any page language or their code: their packages and contributions
        List<UUID> named = organisations.matching(words);
        if (only == null || only == Kind.PACKAGES) {
            model.addAttribute("packages", packages.search(words, named,
                    named.isEmpty() ? List.of() : contributions.packagesFundedBy(named), only == null ? first : paged));
        }
        if (only == null || only == Kind.REQUIREMENTS) {
            model.addAttribute("items", requirements.searchItems(words, only == null ? first : paged));
        }
        if (only == null || only == Kind.CONTRIBUTIONS) {
            Paging byDate = Paging.of(only == null ? 0 : Math.max(page, 0), only == null ? FIRST : PAGE_SIZE,
                    "announced,desc", Contributions.SORTABLE);
            PageOf<Contribution> found = named.isEmpty() ? PageOf.of(List.of(), byDate, 0)
                    : contributions.list(ContributionFilter.anyOf(named), byDate);
            model.addAttribute("contributions", found);
            names(found.items(), model);
        }
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/search").queryParam("q", words.typed())
                .queryParam("kind", kind).encode().build().toUriString());
        return "search/results";
    }

    /** Names of the contributors and packages of the contributions shown: two statements. */
    private void names(List<Contribution> list, Model model) {
        Set<UUID> orgIds = new HashSet<>();
        Set<UUID> packageIds = new HashSet<>();
        list.forEach(c -> {
            orgIds.addAll(c.contributors());
            if (c.packageId() != null) {
                packageIds.add(c.packageId());
            }
        });
        Map<UUID, Organisation> orgs = new LinkedHashMap<>();
        organisations.all(orgIds).forEach(o -> orgs.put(o.id(), o));
        Map<UUID, AidPackage> pkgs = new LinkedHashMap<>();
        packages.all(packageIds).forEach(p -> pkgs.put(p.id(), p));
        model.addAttribute("orgs", orgs);
        model.addAttribute("pkgs", pkgs);
    }
}
