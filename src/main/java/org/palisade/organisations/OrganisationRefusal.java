package org.palisade.organisations;

import org.palisade.platform.Refusal;

/** Why the organisations module refuses something: facts only, worded by {@link OrganisationRefusalWords}. */
public sealed interface OrganisationRefusal extends Refusal {

    record CodeMissing() implements OrganisationRefusal {
    }

    /** Not the shape of a code: 2 to 16 upper-case letters, digits or _, starting with a letter. */
    record CodeMalformed(String code) implements OrganisationRefusal {
    }

    /** A state's code is its ISO 3166-1 alpha-3 code. */
    record NotIsoCode(String code) implements OrganisationRefusal {
    }

    record DuplicateCode(String code) implements OrganisationRefusal {
    }

    record NameMissing() implements OrganisationRefusal {
    }

    record StateMissing() implements OrganisationRefusal {
    }

    record KindsMissing() implements OrganisationRefusal {
    }

    record MembershipOverlap(String code, Alliance alliance) implements OrganisationRefusal {
    }

    record UnknownCode(String code) implements OrganisationRefusal {
    }
}
