import { ErrorCode, ErrorReason } from '@rafiq/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { meMock, regionsMock } from '../../test/factories';
import { renderApp } from '../../test/renderApp';
import { createPartnerInput, updatePartnerInput, validatePartner, type PartnerValues } from './PartnersSettings';
import { CreateValueChainDocument, SettingsValueChainsDocument, UpdateOrganizationSettingsDocument } from './queries';
import { utcOffset } from './TimeZoneSettings';
import { currentTimeZone, setTimeZone } from '../../i18n/timeZone';
import { localParts, zonedToIso } from '../sessions/time';

const PAGE_LOAD = { timeout: 5000 };

const chainsMock = (list: Array<{ id: string; nameFr: string; nameAr: string }>) => ({
  request: { query: SettingsValueChainsDocument, variables: { includeArchived: false } },
  result: {
    data: {
      __typename: 'Query' as const,
      valueChains: list.map((v) => ({ __typename: 'ValueChain' as const, archivedAt: null, version: 1, ...v })),
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('settings: value chains', () => {
  it('an admin adds a value chain: both names are required, a duplicate French name is shown on its field, then it is sent trimmed', async () => {
    let sent: unknown = null;
    const input = { nameFr: 'Safran', nameAr: 'الزعفران' };
    renderApp({
      route: '/settings',
      mocks: [
        meMock({ role: 'ADMIN', id: 'u-admin' }),
        regionsMock,
        chainsMock([{ id: 'vc-1', nameFr: 'Argan', nameAr: 'الأركان' }]),
        {
          request: { query: CreateValueChainDocument, variables: { input } },
          result: {
            errors: [
              new GraphQLError('exists', {
                extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'nameFr', reason: ErrorReason.DUPLICATE },
              }),
            ],
          },
        },
        {
          request: {
            query: CreateValueChainDocument,
            variables: (v: unknown) => {
              sent = v;
              return true;
            },
          },
          result: {
            data: {
              __typename: 'Mutation',
              createValueChain: { __typename: 'ValueChain', id: 'vc-2', archivedAt: null, version: 1, ...input },
            },
          },
        },
      ],
    });
    expect(await screen.findByText('Argan', undefined, PAGE_LOAD)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'New value chain' }));
    const dialog = await screen.findByRole('dialog', { name: 'New value chain' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: /Name in French/ })).toHaveAccessibleDescription('This field is required.'),
    );
    expect(within(dialog).getByRole('textbox', { name: /Name in Arabic/ })).toHaveAccessibleDescription('This field is required.');

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Name in French/ }), { target: { value: ' Safran ' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Name in Arabic/ }), { target: { value: 'الزعفران' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: /Name in French/ })).toHaveAccessibleDescription(
        'A value chain already has this name.',
      ),
    );

    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toEqual({ input }));
  });

  it('a programme lead reads the value chains but cannot change them', async () => {
    renderApp({ route: '/settings', mocks: [meMock(), regionsMock, chainsMock([{ id: 'vc-1', nameFr: 'Argan', nameAr: 'الأركان' }])] });
    expect(await screen.findByText('Argan', undefined, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New value chain' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rename Argan' })).not.toBeInTheDocument();
  });
});

describe('settings: partner form values', () => {
  const values: PartnerValues = {
    name: ' Al Amana ',
    kind: 'FINANCIAL_INSTITUTION',
    countryCode: 'ma',
    contactName: '',
    contactEmail: ' contact@alamana.ma ',
    contactPhone: '',
    website: 'https://alamana.ma',
    notes: '',
  };

  it('flags a bad e-mail, phone, country and website, and a missing name, with translated reason keys', () => {
    expect(
      validatePartner({ ...values, name: ' ', contactEmail: 'nope', contactPhone: 'abc', countryCode: 'MAR', website: 'alamana' }),
    ).toEqual({
      name: 'errors.reasons.REQUIRED',
      contactEmail: 'errors.reasons.INVALID_EMAIL',
      contactPhone: 'errors.reasons.INVALID_VALUE',
      countryCode: 'errors.reasons.INVALID_VALUE',
      website: 'errors.reasons.INVALID_VALUE',
    });
    expect(validatePartner(values)).toEqual({});
  });

  it('sends trimmed values, empty ones as null, the country upper-cased, and the version on an edit', () => {
    const expected = {
      name: 'Al Amana',
      kind: 'FINANCIAL_INSTITUTION',
      countryCode: 'MA',
      contactName: null,
      contactEmail: 'contact@alamana.ma',
      contactPhone: null,
      website: 'https://alamana.ma',
      notes: null,
    };
    expect(createPartnerInput(values)).toEqual(expected);
    expect(updatePartnerInput('pa-1', 4, values)).toEqual({ id: 'pa-1', version: 4, ...expected });
  });
});

describe('settings: the organisation time zone', () => {
  afterEach(() => setTimeZone(null));

  it('an admin chooses Africa/Dakar and saves it with the version she read', async () => {
    let sent: unknown = null;
    renderApp({
      route: '/settings?tab=organization',
      mocks: [
        meMock({ role: 'ADMIN', id: 'u-admin' }),
        regionsMock,
        {
          request: {
            query: UpdateOrganizationSettingsDocument,
            variables: (v: unknown) => {
              sent = v;
              return true;
            },
          },
          result: {
            data: {
              __typename: 'Mutation',
              updateOrganizationSettings: { __typename: 'Organization', id: 'o-1', timeZone: 'Africa/Dakar', version: 2 },
            },
          },
        },
      ],
    });
    const zone = await screen.findByRole('combobox', { name: /Time zone/ }, PAGE_LOAD);
    expect(zone).toHaveValue('Africa/Casablanca (UTC+01:00)');
    expect(currentTimeZone()).toBe('Africa/Casablanca');
    fireEvent.click(zone);
    fireEvent.change(zone, { target: { value: 'Dakar' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Africa/Dakar (UTC+00:00)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toEqual({ input: { timeZone: 'Africa/Dakar', version: 1 } }));
    // The shell now reads times on Dakar's clock.
    await waitFor(() => expect(currentTimeZone()).toBe('Africa/Dakar'));
  });

  it('a programme lead sees the zone but cannot change it', async () => {
    renderApp({ route: '/settings?tab=organization', mocks: [meMock(), regionsMock] });
    expect(await screen.findByText('Africa/Casablanca (UTC+01:00)', undefined, PAGE_LOAD)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /Time zone/ })).not.toBeInTheDocument();
  });

  it('session times are read and entered on the organisation clock', () => {
    expect(utcOffset('Africa/Dakar')).toBe('UTC+00:00');
    setTimeZone('Africa/Casablanca');
    expect(localParts('2026-12-08T09:00:00Z')).toEqual({ date: '2026-12-08', time: '10:00' });
    expect(zonedToIso('2027-02-08', '10:00')).toBe('2027-02-08T10:00:00.000Z');
    setTimeZone('Africa/Dakar');
    expect(localParts('2026-12-08T09:00:00Z')).toEqual({ date: '2026-12-08', time: '09:00' });
    expect(zonedToIso('2026-12-08', '10:00')).toBe('2026-12-08T10:00:00.000Z');
  });
});
