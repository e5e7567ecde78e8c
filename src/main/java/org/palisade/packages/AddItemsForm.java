package org.palisade.packages;

import java.util.ArrayList;
import java.util.List;
import org.palisade.packages.PackagePages.ItemChoice;

/** Quantities of approved items to add to a package being assembled (an empty quantity: not taken). */
public class AddItemsForm {
    private List<ItemChoice> items = new ArrayList<>();

    public List<ItemChoice> getItems() { return items; }
    public void setItems(List<ItemChoice> items) { this.items = items == null ? new ArrayList<>() : new ArrayList<>(items); }
}
