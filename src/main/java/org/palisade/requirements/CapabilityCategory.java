package org.palisade.requirements;

/** The closed list of capability categories a requirement (and a contribution's earmark) belongs to. */
public enum CapabilityCategory {
    AIR_AND_MISSILE_DEFENCE,
    ARTILLERY_AMMUNITION,
    ROCKET_ARTILLERY_AMMUNITION,
    DRONES_AND_COUNTER_DRONE,
    ARMOUR_AND_VEHICLES,
    SPARE_PARTS_AND_SUSTAINMENT,
    OTHER
}
