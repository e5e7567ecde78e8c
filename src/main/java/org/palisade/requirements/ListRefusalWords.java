package org.palisade.requirements;

import static org.palisade.platform.Refusals.term;

import java.util.Locale;
import org.palisade.platform.RefusalWords;
import org.palisade.requirements.ListRefusal.Agreed;
import org.palisade.requirements.ListRefusal.AlreadyFirst;
import org.palisade.requirements.ListRefusal.AlreadyLast;
import org.palisade.requirements.ListRefusal.ApprovedAlready;
import org.palisade.requirements.ListRefusal.ApproverKind;
import org.palisade.requirements.ListRefusal.Change;
import org.palisade.requirements.ListRefusal.DirectionOrRank;
import org.palisade.requirements.ListRefusal.Empty;
import org.palisade.requirements.ListRefusal.IllegalStep;
import org.palisade.requirements.ListRefusal.ItemFieldMissing;
import org.palisade.requirements.ListRefusal.QuantityNotPositive;
import org.palisade.requirements.ListRefusal.TextTooLong;
import org.palisade.requirements.ListRefusal.UnknownCategory;
import org.palisade.requirements.ListRefusal.NotOwnRecipient;
import org.palisade.requirements.ListRefusal.NotRecipient;
import org.palisade.requirements.ListRefusal.NotRevisable;
import org.palisade.requirements.ListRefusal.OneOpen;
import org.palisade.requirements.ListRefusal.OrganisationMissing;
import org.palisade.requirements.ListRefusal.PartyUnknown;
import org.palisade.requirements.ListRefusal.RankOutOfRange;
import org.palisade.requirements.ListRefusal.RecipientKept;
import org.palisade.requirements.ListRefusal.RecipientMissing;
import org.palisade.requirements.ListRefusal.UnknownOrganisation;
import org.palisade.requirements.ListRefusal.UnknownOrganisationCode;

/** The words of {@link ListRefusal}: the API's English, and the arguments of each type's bundle key. */
public final class ListRefusalWords implements RefusalWords<ListRefusal> {

    @Override
    public Class<ListRefusal> type() {
        return ListRefusal.class;
    }

    @Override
    public String english(ListRefusal refusal) {
        if (refusal instanceof IllegalStep r) {
            var allowed = RequirementList.allowedActions(r.status());
            return list(r.number()) + " is " + describe(r.status()) + " and cannot " + switch (r.step()) {
                case CHANGE -> "be changed (" + change(r.change()) + ")";
                case SUBMIT -> "be submitted";
                case REOPEN -> "be reopened";
                case APPROVE -> "be approved";
                case SUPERSEDE -> "be superseded";
            } + "; allowed: " + (allowed.isEmpty() ? "nothing, it is kept as a record" : String.join("; ", allowed));
        } else if (refusal instanceof Agreed r) {
            return list(r.number()) + " is " + describe(r.status()) + " and cannot be changed (" + change(r.change())
                    + "): an approved version is a record of what was agreed; start a new draft to revise it";
        } else if (refusal instanceof NotRevisable r) {
            return list(r.number()) + " is " + describe(r.status())
                    + "; a new draft is copied only from the approved version";
        } else if (refusal instanceof OneOpen r) {
            return list(r.number()) + " is still " + describe(r.status())
                    + "; only one version is worked on at a time (allowed on it: "
                    + String.join("; ", RequirementList.allowedActions(r.status())) + ")";
        } else if (refusal instanceof Empty r) {
            return list(r.number()) + " has no items; add at least one before submitting";
        } else if (refusal instanceof ApprovedAlready r) {
            return "The " + r.party().name().toLowerCase(Locale.ROOT) + " already approved requirement list "
                    + r.number() + " (" + r.by() + " at " + r.at() + "); still needed: " + r.stillNeeded();
        } else if (refusal instanceof ApproverKind r) {
            return r.organisation() + " is not a " + r.kind().name().toLowerCase(Locale.ROOT)
                    + " and cannot approve as " + r.party();
        } else if (refusal instanceof NotOwnRecipient r) {
            return "only the list's own recipient approves as RECIPIENT; " + r.organisation() + " is not it";
        } else if (refusal instanceof RecipientKept r) {
            return "the requirement list belongs to its recipient " + r.recipient() + "; a new version keeps it";
        } else if (refusal instanceof NotRecipient r) {
            return r.organisation() + " is not a recipient";
        } else if (refusal instanceof RecipientMissing) {
            return "the first requirement list needs its recipient: name the recipient organisation";
        } else if (refusal instanceof UnknownOrganisation r) {
            return "unknown organisation " + r.organisation();
        } else if (refusal instanceof UnknownOrganisationCode r) {
            return "unknown organisation '" + r.code() + "'";
        } else if (refusal instanceof OrganisationMissing r) {
            return r.byCode() ? "organisation is required, e.g. NATO" : "organisation is required";
        } else if (refusal instanceof PartyUnknown r) {
            return r.byName() ? "party must be RECIPIENT, COORDINATOR or SUPPLIER (was "
                    + (r.given() == null ? "missing" : "'" + r.given() + "'") + ")"
                    : "party is required: RECIPIENT, COORDINATOR or SUPPLIER";
        } else if (refusal instanceof RankOutOfRange r) {
            return "rank must be between 1 and " + r.max() + " (was " + r.given() + ")";
        } else if (refusal instanceof DirectionOrRank) {
            return "give either a direction (UP or DOWN) or a rank, not both or neither";
        } else if (refusal instanceof AlreadyFirst) {
            return "the item is already ranked first and cannot move up";
        } else if (refusal instanceof AlreadyLast r) {
            return "the item is already ranked last (" + r.rank() + ") and cannot move down";
        } else if (refusal instanceof ListRefusal.NotCatalogued r) {
            return "catalogue entry " + r.entry() + " is not in the systems catalogue";
        } else if (refusal instanceof ItemFieldMissing r) {
            return switch (r.field()) {
                case "category" -> "category is required: one of " + ItemDetails.categories();
                case "unit" -> "unit is required, e.g. rounds or interceptors";
                case "unitCost" -> "unit cost estimate is required, e.g. {\"amount\": 4000000, \"currency\": \"USD\"}";
                default -> r.field() + " is required";
            };
        } else if (refusal instanceof UnknownCategory r) {
            return "category must be one of " + ItemDetails.categories() + " (was '" + r.given() + "')";
        } else if (refusal instanceof TextTooLong r) {
            return r.field() + " must be at most " + r.max() + " characters (was " + r.length() + ")";
        } else if (refusal instanceof QuantityNotPositive r) {
            return "quantity must be positive (was " + r.given() + ")";
        }
        throw new IllegalArgumentException("not worded: " + refusal);
    }

    @Override
    public Object[] arguments(ListRefusal refusal, Locale locale) {
        if (refusal instanceof IllegalStep r) {
            return new Object[] {String.valueOf(r.number()), status(r.status()),
                    term("requirements.step." + r.step().name())};
        } else if (refusal instanceof Agreed r) {
            return new Object[] {String.valueOf(r.number()), status(r.status())};
        } else if (refusal instanceof NotRevisable r) {
            return new Object[] {String.valueOf(r.number()), status(r.status())};
        } else if (refusal instanceof OneOpen r) {
            return new Object[] {String.valueOf(r.number()), status(r.status())};
        } else if (refusal instanceof Empty r) {
            return new Object[] {String.valueOf(r.number())};
        } else if (refusal instanceof ApprovedAlready r) {
            return new Object[] {term("party." + r.party().name()), String.valueOf(r.number())};
        } else if (refusal instanceof ApproverKind r) {
            return new Object[] {r.organisation(), term("party." + r.party().name())};
        } else if (refusal instanceof NotOwnRecipient r) {
            return new Object[] {r.organisation()};
        } else if (refusal instanceof RecipientKept r) {
            return new Object[] {r.recipient()};
        } else if (refusal instanceof NotRecipient r) {
            return new Object[] {r.organisation()};
        } else if (refusal instanceof UnknownOrganisationCode r) {
            return new Object[] {r.code()};
        } else if (refusal instanceof RankOutOfRange r) {
            return new Object[] {r.max()};
        } else if (refusal instanceof AlreadyLast r) {
            return new Object[] {r.rank()};
        } else if (refusal instanceof TextTooLong r) {
            return new Object[] {r.max(), r.length()};
        }
        return new Object[0];
    }

    private static Object status(ListStatus status) {
        return term("list.status." + status.name());
    }

    private static String list(int number) {
        return "Requirement list " + number;
    }

    /** The status as it reads in a sentence: "a draft", "submitted", ... */
    static String describe(ListStatus status) {
        return switch (status) {
            case DRAFT -> "a draft";
            case SUBMITTED -> "submitted";
            case APPROVED -> "approved";
            case SUPERSEDED -> "superseded";
        };
    }

    private static String change(Change change) {
        return switch (change) {
            case ADD_ITEM -> "add an item";
            case EDIT_ITEM -> "edit an item";
            case REMOVE_ITEM -> "remove an item";
            case MOVE_ITEM -> "move an item";
            case REPLACE_ITEMS -> "replace the items";
        };
    }
}
