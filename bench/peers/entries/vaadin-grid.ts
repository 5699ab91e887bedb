// One grid tag with lit: what a host ships to use <vaadin-grid> with plain columns.
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
