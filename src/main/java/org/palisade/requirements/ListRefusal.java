package org.palisade.requirements;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.palisade.organisations.OrganisationKind;
import org.palisade.platform.Refusal;

/** Why the requirements module refuses something: facts only, worded by {@link ListRefusalWords}. */
public sealed interface ListRefusal extends Refusal {

    /** What is done to a list version; a step its status does not allow is refused as {@link IllegalStep}. */
    enum Step { CHANGE, SUBMIT, REOPEN, APPROVE, SUPERSEDE }

    /** A change to the items of a list version. */
    enum Change { ADD_ITEM, EDIT_ITEM, REMOVE_ITEM, MOVE_ITEM, REPLACE_ITEMS }

    /** A step the version's status does not allow; {@code change} says which change, for {@link Step#CHANGE}. */
    record IllegalStep(int number, ListStatus status, Step step, Change change) implements ListRefusal {
    }

    /** An approved (or superseded) version is a record of what was agreed: it never changes. */
    record Agreed(int number, ListStatus status, Change change) implements ListRefusal {
    }

    /** A new draft is copied from the approved version only. */
    record NotRevisable(int number, ListStatus status) implements ListRefusal {
    }

    /** Only one version is worked on at a time. */
    record OneOpen(int number, ListStatus status) implements ListRefusal {
    }

    record Empty(int number) implements ListRefusal {
    }

    record ApprovedAlready(Party party, int number, String by, Instant at, List<Party> stillNeeded)
            implements ListRefusal {
        public ApprovedAlready {
            stillNeeded = List.copyOf(stillNeeded);
        }
    }

    /** The approving organisation must play the party's part. */
    record ApproverKind(String organisation, OrganisationKind kind, Party party) implements ListRefusal {
    }

    /** Only the list's own recipient approves as recipient. */
    record NotOwnRecipient(String organisation) implements ListRefusal {
    }

    /** A new version keeps the recipient of the version in force. */
    record RecipientKept(String recipient) implements ListRefusal {
    }

    record NotRecipient(String organisation) implements ListRefusal {
    }

    record RecipientMissing() implements ListRefusal {
    }

    record UnknownOrganisation(UUID organisation) implements ListRefusal {
    }

    record UnknownOrganisationCode(String code) implements ListRefusal {
    }

    /** {@code byCode}: the organisation was to be named by its code (the API's approve). */
    record OrganisationMissing(boolean byCode) implements ListRefusal {
    }

    /** {@code given}: what was typed instead of a party, or null when nothing was. */
    record PartyUnknown(String given, boolean byName) implements ListRefusal {
    }

    /** Ranks run 1..{@code max}. */
    record RankOutOfRange(int max, Integer given) implements ListRefusal {
    }

    record DirectionOrRank() implements ListRefusal {
    }

    record AlreadyFirst() implements ListRefusal {
    }

    record AlreadyLast(int rank) implements ListRefusal {
    }

    /** An item names an entry that the systems catalogue does not hold. */
    record NotCatalogued(UUID entry) implements ListRefusal {
    }

    /** A required part of an item left empty: "item", "category", "description", "unit", "quantity", "unitCost". */
    record ItemFieldMissing(String field) implements ListRefusal {
    }

    record UnknownCategory(String given) implements ListRefusal {
    }

    /** A description or unit longer than the list keeps. */
    record TextTooLong(String field, int max, int length) implements ListRefusal {
    }

    record QuantityNotPositive(long given) implements ListRefusal {
    }
}
