package org.sourcewise.common.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** Grids of the teachers' and students' tables, one way. */
public final class Grids {

    private Grids() {}

    /**
     * A grid whose cells wrap their text, so that a claim, an answer or a quiz title is read in full where there is
     * room for it, instead of cut off after a few words.
     */
    public static <T> Grid<T> wrapping() {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }
}
