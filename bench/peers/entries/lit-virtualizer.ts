// One grid tag with lit: what a host ships to use <lit-virtualizer>.
import '@lit-labs/virtualizer';
