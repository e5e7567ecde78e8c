package org.palisade.requirements;

import java.util.UUID;

/**
 * One line of a whole ranked list sent at once ({@link Requirements#replaceItems}).
 *
 * @param id   an item of the list being kept (it keeps its lineage), or null for a new item
 * @param rank the item's place, 1..n without gaps across the lines
 */
public record RankedItemInput(UUID id, Integer rank, ItemInput item) {
}
