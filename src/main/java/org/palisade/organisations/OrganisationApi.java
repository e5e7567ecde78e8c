package org.palisade.organisations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.Versions;
import org.palisade.platform.Violations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "States and institutions, their roles and alliance memberships")
class OrganisationApi {

    private final Organisations organisations;

    OrganisationApi(Organisations organisations) {
        this.organisations = organisations;
    }

    record MembershipJson(Alliance alliance, LocalDate from, LocalDate to) {
        static MembershipJson of(Membership m) {
            return new MembershipJson(m.alliance(), m.from(), m.to());
        }
    }

    record OrganisationJson(UUID id, String code, String name, boolean state, Set<OrganisationKind> kinds,
            List<MembershipJson> memberships, long version) {
        static OrganisationJson of(Organisation o) {
            return new OrganisationJson(o.id(), o.code().value(), o.name(), o.state(), o.kinds(),
                    o.memberships().stream().map(MembershipJson::of).toList(), o.version());
        }
    }

    record RegisterOrganisation(String code, String name, Boolean state, Set<OrganisationKind> kinds,
            List<MembershipJson> memberships) {
    }

    @GetMapping
    @Operation(summary = "List organisations", description = "Sort by code, name or type (institutions before states), e.g. sort=name,desc")
    PageOf<OrganisationJson> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return organisations.list(Paging.of(page, size, sort, Organisations.SORTABLE)).map(OrganisationJson::of);
    }

    @GetMapping("/{id}")
    OrganisationJson get(@PathVariable UUID id) {
        return OrganisationJson.of(organisations.get(id));
    }

    @PostMapping
    @Operation(summary = "Register an organisation")
    ResponseEntity<OrganisationJson> register(@RequestBody RegisterOrganisation body) {
        Violations v = new Violations();
        List<Membership> memberships = memberships(body.memberships(), v);
        v.throwIfAny();
        Organisation created = organisations.register(new Organisations.Registration(body.code(), body.name(),
                body.state(), body.kinds(), memberships));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
                .body(OrganisationJson.of(created));
    }

    @PostMapping("/{id}/memberships")
    @Operation(summary = "Record a membership of NATO or the EU from a date")
    OrganisationJson addMembership(@PathVariable UUID id, @RequestBody MembershipJson body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Violations v = new Violations();
        List<Membership> m = memberships(List.of(body), v);
        v.throwIfAny();
        return OrganisationJson.of(organisations.addMembership(id, m.get(0), Versions.parse(ifMatch)));
    }

    private static List<Membership> memberships(List<MembershipJson> input, Violations v) {
        if (input == null) {
            return List.of();
        }
        java.util.ArrayList<Membership> out = new java.util.ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            MembershipJson m = input.get(i);
            String f = input.size() == 1 ? "" : "memberships[" + i + "].";
            if (m == null || m.alliance() == null || m.from() == null) {
                v.add(f + (m == null || m.alliance() == null ? "alliance" : "from"), "alliance and from are required");
                continue;
            }
            try {
                out.add(new Membership(m.alliance(), m.from(), m.to()));
            } catch (IllegalArgumentException e) {
                v.add(f + "to", e.getMessage());
            }
        }
        return out;
    }
}
