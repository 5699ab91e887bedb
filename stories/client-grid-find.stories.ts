import '@clientele/elements/define/client-grid';
import { screen } from 'shadow-dom-testing-library';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  baseMeta,
  firstRowText,
  LOAD,
  rows,
  type Story,
  serverTotal,
  totalText,
} from './client-grid.shared.ts';

/** `<client-grid>`: search, the filter panel, one story per filter, and sorting from the headers. */
const meta = {
  ...baseMeta,
  title: 'Widgets/client-grid/Find',
  parameters: { ...baseMeta.parameters },
};
export default meta;

// ---------------------------------------------------------------- find

/** Typing in the search box narrows the list (after a short pause). */
export const Search: Story = {
  play: async () => {
    await rows();
    const email = screen
      .getAllByShadowRole('gridcell')
      .map((cell) => cell.textContent?.trim() ?? '')
      .find((text) => text.includes('@'))!;
    const search = screen.getByShadowRole('searchbox', { name: 'Search clients' });
    await userEvent.type(search, email);
    await expect(await screen.findByShadowText('1 client', {}, LOAD)).toBeVisible();
    await expect(screen.getByShadowRole('gridcell', { name: email })).toBeVisible();
  },
};

/** The filter panel offers every filter of the API; choosing one adds a chip. */
export const FilterPanel: Story = {
  play: async () => {
    await rows();
    await userEvent.click(screen.getByShadowRole('button', { name: 'Filters' }));
    // The panel loads on first use (a loading line meanwhile).
    await screen.findByShadowLabelText('Created on or after', { exact: true }, LOAD);
    const panel = screen.getByShadowRole('group', { name: 'Filters' });
    await expect(panel).toBeVisible();
    for (const label of [
      'Created on or after',
      'Created on or before',
      'Configuration',
      'Group',
      'Tax exempt',
      'Has instances in region',
      'Has instances with flavor',
      'Has instances on hypervisor',
      'Has billing agreement',
      'Has services',
      'Has instances',
      'Has services of type',
      'Has service for product',
    ]) {
      await expect(screen.getByShadowLabelText(label, { exact: true })).toBeVisible();
    }
    await waitFor(() =>
      expect(screen.getByShadowRole('option', { name: 'Frankfurt 1' })).toBeInTheDocument(),
    );
    await userEvent.selectOptions(
      screen.getByShadowLabelText('Has instances in region', { exact: true }),
      'reg_fra1',
    );
    await expect(
      await screen.findByShadowRole('button', {
        name: 'Remove filter Has instances in region: Frankfurt 1',
      }),
    ).toBeVisible();
    const total = await serverTotal('has_instances_in_region=reg_fra1');
    await expect(await screen.findByShadowText(totalText(total), {}, LOAD)).toBeVisible();
  },
};

/**
 * One story per filter: the filter arrives as the `filters` attribute (URL query form), shows
 * as a removable chip, and the grid shows what the server answers for it.
 */
function filterStory(filters: string, chip: string | RegExp): Story {
  return {
    args: { filters },
    play: async () => {
      await expect(await screen.findByShadowRole('button', { name: chip }, LOAD)).toBeVisible();
      const total = await serverTotal(filters);
      if (total === 0) {
        await expect(await screen.findByShadowText('No clients match', {}, LOAD)).toBeVisible();
      } else {
        await expect(await screen.findByShadowText(totalText(total), {}, LOAD)).toBeVisible();
        await expect(screen.getByShadowRole('grid')).toHaveAttribute(
          'aria-rowcount',
          String(total + 1),
        );
      }
    },
  };
}

export const FilterStatus = filterStory(
  'status=suspended&status=pending_approval',
  'Remove filter Status: Pending approval',
);
export const FilterCreatedAfter = filterStory(
  'created_after=2024-01-01',
  /^Remove filter Created on or after: /,
);
export const FilterCreatedBefore = filterStory(
  'created_before=2023-12-31',
  /^Remove filter Created on or before: /,
);
export const FilterConfiguration = filterStory(
  'configuration_id=cfg_postpaid',
  'Remove filter Configuration: Postpaid business',
);
export const FilterGroup = filterStory('group_id=grp_resellers', 'Remove filter Group: Resellers');
export const FilterTaxExempt = filterStory('tax_exempt=true', 'Remove filter Tax exempt: Yes');
export const FilterRegion = filterStory(
  'has_instances_in_region=reg_ams1',
  'Remove filter Has instances in region: Amsterdam 1',
);
export const FilterFlavor = filterStory(
  'has_instances_with_flavor=flv_m1_small',
  'Remove filter Has instances with flavor: m1.small',
);
export const FilterHypervisor = filterStory(
  'has_instances_on_hypervisor=hv_fra1_07',
  'Remove filter Has instances on hypervisor: fra1-compute-07',
);
export const FilterBillingAgreement = filterStory(
  'has_billing_agreement=true',
  'Remove filter Has billing agreement: Yes',
);
export const FilterHasServices = filterStory(
  'has_services=false',
  'Remove filter Has services: No',
);
export const FilterHasInstances = filterStory(
  'has_instances=true',
  'Remove filter Has instances: Yes',
);
export const FilterServiceType = filterStory(
  'has_services_of_type=st_hosting',
  'Remove filter Has services of type: Web hosting',
);
export const FilterProduct = filterStory(
  'has_service_for_product=prd_cloud_payg',
  'Remove filter Has service for product: Cloud pay-as-you-go',
);

/** Sorting from the column headers, announced through `aria-sort`. */
export const SortFromHeaders: Story = {
  play: async () => {
    await rows();
    const header = screen.getByShadowRole('columnheader', { name: /Up-to-date credit/ });
    await expect(header).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(screen.getByShadowRole('button', { name: /Up-to-date credit/ }));
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'ascending'));
    await userEvent.click(screen.getByShadowRole('button', { name: /Up-to-date credit/ }));
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'descending'));
    await expect(screen.getByShadowRole('combobox', { name: 'Sort by' })).toHaveValue(
      '-uptodate_credit',
    );
    await rows();
    await expect(firstRowText()).not.toBe('');
  },
};
