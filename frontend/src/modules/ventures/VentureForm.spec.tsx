import { fireEvent, screen, waitFor } from '@testing-library/react';
import { meMock, regionsMock } from '../../test/factories';
import { renderApp, testLocation } from '../../test/renderApp';
import { ProgramOptionsDocument } from '../programs/useProgramOptions';
import { CreateVentureDocument, ValueChainOptionsDocument, VentureOwnerDocument } from './queries';
import { createVentureInput, updateVentureInput, type VentureValues } from './VentureForm';

const PAGE_LOAD = { timeout: 5000 };

describe('the venture form', () => {
  it('from her page: the owner is set, the title is required, and the venture is created for her', async () => {
    let sent: unknown = null;
    renderApp({
      route: '/ventures/new?personId=p-1',
      mocks: [
        meMock(),
        regionsMock,
        {
          request: {
            query: VentureOwnerDocument,
            variables: { personId: 'p-1', withPerson: true, cooperativeId: '', withCooperative: false },
          },
          result: {
            data: {
              __typename: 'Query',
              person: {
                __typename: 'Person',
                id: 'p-1',
                firstName: 'Fatima Zahra',
                lastName: 'El Amrani',
                firstNameAr: null,
                lastNameAr: null,
              },
            },
          },
        },
        {
          request: { query: ProgramOptionsDocument },
          result: { data: { __typename: 'Query', programs: { __typename: 'ProgramConnection', edges: [] } } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        {
          request: { query: ValueChainOptionsDocument },
          result: {
            data: { __typename: 'Query', valueChains: [{ __typename: 'ValueChain', id: 'vc-1', nameFr: 'Argan', nameAr: 'الأركان' }] },
          },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        {
          request: {
            query: CreateVentureDocument,
            variables: (v: unknown) => {
              sent = v;
              return true;
            },
          },
          result: { data: { __typename: 'Mutation', createVenture: { __typename: 'Venture', id: 've-9', title: 'Huile d’argan' } } },
        },
      ],
    });
    expect(await screen.findByText('Fatima Zahra El Amrani', undefined, PAGE_LOAD)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Create the venture' }));
    const title = screen.getByRole('textbox', { name: /^Title/ });
    await waitFor(() => expect(title).toHaveAccessibleDescription('This field is required.'));

    fireEvent.change(title, { target: { value: ' Huile d’argan ' } });
    fireEvent.change(await screen.findByRole('combobox', { name: 'Value chain' }), { target: { value: 'vc-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the venture' }));
    await waitFor(() => expect(testLocation()).toBe('/ventures/ve-9'));
    expect(sent).toEqual({
      input: {
        title: 'Huile d’argan',
        description: null,
        ownerPersonId: 'p-1',
        valueChainId: 'vc-1',
        regionCode: null,
        provinceCode: null,
        programId: null,
      },
    });
  });

  it('builds the create and update requests from the typed values', () => {
    const values: VentureValues = {
      owner: { kind: 'COOPERATIVE', id: 'c-1', name: 'Tifaout' },
      ownerKind: 'COOPERATIVE',
      title: 'Couscous ',
      description: ' Roulé à la main ',
      valueChainId: '',
      regionCode: 'MA-09',
      provinceCode: 'MA-09-TIZ',
      programId: 'pr-1',
    };
    expect(createVentureInput(values)).toEqual({
      title: 'Couscous',
      description: 'Roulé à la main',
      ownerCooperativeId: 'c-1',
      valueChainId: null,
      regionCode: 'MA-09',
      provinceCode: 'MA-09-TIZ',
      programId: 'pr-1',
    });
    expect(updateVentureInput('ve-1', 3, { ...values, programId: '' })).toEqual({
      id: 've-1',
      version: 3,
      title: 'Couscous',
      description: 'Roulé à la main',
      valueChainId: null,
      regionCode: 'MA-09',
      provinceCode: 'MA-09-TIZ',
      programId: null,
    });
  });
});
