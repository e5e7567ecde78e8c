package org.palisade.organisations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.palisade.platform.Conflict;
import org.palisade.platform.NotFound;
import org.palisade.platform.PageOf;
import org.palisade.platform.Paging;
import org.palisade.platform.SortOrder;
import org.palisade.platform.ThisTransaction;
import org.palisade.platform.RecordChanged;
import org.palisade.platform.Violations;
import org.palisade.security.AccessPolicy;
import org.palisade.security.AccessPolicy.Target;
import org.palisade.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases for organisations and their alliance memberships. */
@Service
public class Organisations {

    /** What the organisation list sorts by; {@code type} puts institutions before states. */
    public static final SortOrder.Columns SORTABLE = SortOrder.Columns.of("code", "o.code", "name", "o.name",
            "type", "o.state");

    private final OrganisationRepository repository;
    private final ApplicationEventPublisher events;
    private final AccessPolicy access;
    private final OrganisationNames names;

    Organisations(OrganisationRepository repository, ApplicationEventPublisher events, AccessPolicy access,
            OrganisationNames names) {
        this.names = names;
        this.repository = repository;
        this.events = events;
        this.access = access;
    }

    /** What it takes to register an organisation. */
    public record Registration(String code, String name, Boolean state, Set<OrganisationKind> kinds,
            List<Membership> memberships) {
    }

    @Transactional
    public Organisation register(Registration r) {
        // who takes part, and as what, decides what everyone may see: administrators keep that register
        access.require(OrganisationPermissions.toRegister(), Target.newRecord("organisation", null));
        Violations v = new Violations();
        OrganisationCode code = null;
        if (r.code() == null || r.code().isBlank()) {
            v.add("code", new OrganisationRefusal.CodeMissing());
        } else {
            try {
                code = Boolean.TRUE.equals(r.state()) ? OrganisationCode.forState(r.code()) : new OrganisationCode(r.code());
            } catch (IllegalArgumentException e) {
                v.add("code", OrganisationCode.wellFormed(r.code()) ? new OrganisationRefusal.NotIsoCode(r.code())
                        : new OrganisationRefusal.CodeMalformed(r.code()));
            }
        }
        v.check(r.name() != null && !r.name().isBlank() && r.name().length() <= 200, "name",
                new OrganisationRefusal.NameMissing());
        v.check(r.state() != null, "state", new OrganisationRefusal.StateMissing());
        v.check(r.kinds() != null && !r.kinds().isEmpty(), "kinds", new OrganisationRefusal.KindsMissing());
        if (code != null && repository.findByCode(code.value()).isPresent()) {
            v.add("code", new OrganisationRefusal.DuplicateCode(code.value()));
        }
        v.throwIfAny();
        Organisation organisation = new Organisation(UUID.randomUUID(), code, r.name().strip(), r.state(),
                EnumSet.copyOf(r.kinds()), r.memberships() == null ? List.of() : r.memberships(), 0);
        repository.insert(organisation, names.searched(organisation));
        events.publishEvent(new RecordChanged("organisation", organisation.id(), organisation.id(), "registered",
                null, organisation, null));
        return organisation;
    }

    @Transactional
    public Organisation addMembership(UUID id, Membership membership, Long expectedVersion) {
        Organisation before = get(id);
        access.require(OrganisationPermissions.toAddMembership(), new Target("organisation", id, id));
        long version = expectedVersion == null ? before.version() : expectedVersion;
        boolean overlaps = before.memberships().stream().anyMatch(m -> m.alliance() == membership.alliance()
                && (m.to() == null || m.to().isAfter(membership.from()))
                && (membership.to() == null || membership.to().isAfter(m.from())));
        if (overlaps) {
            new Violations().add("from", new OrganisationRefusal.MembershipOverlap(before.code().value(),
                    membership.alliance())).throwIfAny();
        }
        if (!repository.touch(id, version)) {
            throw Conflict.staleVersion("organisation", before.code(), version);
        }
        repository.insertMembership(id, membership);
        Organisation after = get(id);
        events.publishEvent(new RecordChanged("organisation", id, id, "membership-added", before, after, null));
        return after;
    }

    @Transactional(readOnly = true)
    public Organisation get(UUID id) {
        return repository.find(id).orElseThrow(() -> new NotFound("organisation", id));
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> byCode(String code) {
        return repository.findByCode(code);
    }

    @Transactional(readOnly = true)
    public List<Organisation> all(Collection<UUID> ids) {
        Map<UUID, Organisation> resolved = ResolvedInTransaction.current();
        if (resolved != null && resolved.keySet().containsAll(ids)) {
            return ids.stream().map(resolved::get).toList();
        }
        return repository.load(ids);
    }

    /**
     * Every organisation by name, for a form's choices (lead, partners, owner, approver) and for names: a form
     * offers all it may, never the first page of them. Three statements whatever their number.
     */
    @Transactional(readOnly = true)
    public List<Organisation> choices() {
        return repository.load(repository.allByName());
    }

    /** The organisations of these codes, however many (one statement); unknown codes are left out. */
    @Transactional(readOnly = true)
    public List<Organisation> withCodes(Collection<String> codes) {
        return repository.loadByCodes(codes);
    }

    /**
     * Writes each organisation's names in the page languages where they changed (a new JDK or bundle names a
     * country anew, or organisations registered before names were stored): search finds them by these.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @Transactional
    public void refreshSearchedNames() {
        Map<UUID, String> stored = repository.namesSearched();
        for (Organisation o : repository.load(repository.allByName())) {
            String searched = names.searched(o);
            if (!searched.equals(stored.get(o.id()))) {
                repository.storeNamesSearched(o.id(), searched);
            }
        }
    }

    /** Organisations whose name, registered or in a page language, has words beginning as typed, or whose code was typed (at most 500). */
    @Transactional(readOnly = true)
    public List<UUID> matching(org.palisade.platform.SearchWords words) {
        return words.isEmpty() ? List.of() : repository.matching(words);
    }

    @Transactional(readOnly = true)
    public PageOf<Organisation> list(Paging paging) {
        return PageOf.of(repository.load(repository.page(paging)), paging, repository.count());
    }

    /**
     * Resolves organisation codes, adding a violation under {@code field[i]} for each unknown code;
     * returns ids in the order given (duplicates removed).
     */
    @Transactional(readOnly = true)
    public List<UUID> resolveCodes(List<String> codes, String field, Violations violations) {
        Map<String, UUID> found = new java.util.HashMap<>();
        for (Organisation o : repository.loadByCodes(codes)) {
            found.put(o.code().value(), o.id());
            ResolvedInTransaction.remember(o);
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            UUID id = found.get(codes.get(i));
            if (id == null) {
                violations.add(field + "[" + i + "]", new OrganisationRefusal.UnknownCode(codes.get(i)));
            } else {
                ids.add(id);
            }
        }
        return new ArrayList<>(ids);
    }

    /**
     * The organisations resolved by code in the current transaction: a use case that resolves codes and then
     * loads the same organisations (a pledge names its contributors by code) reads them once. Bound to the
     * transaction, so nothing outlives it.
     */
    private static final class ResolvedInTransaction {

        private static final Object KEY = ResolvedInTransaction.class;

        static Map<UUID, Organisation> current() {
            return ThisTransaction.kept(KEY);
        }

        static void remember(Organisation o) {
            Map<UUID, Organisation> resolved = ThisTransaction.keep(KEY, java.util.HashMap::new);
            if (resolved == null) {
                return;
            }
            resolved.put(o.id(), o);
        }
    }
}
