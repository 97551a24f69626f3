import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { makeListItem, meMock, peoplePage, programOptionsMock, regionsMock } from '../../test/factories';
import { renderApp, testLocation } from '../../test/renderApp';
import { PeopleDocument } from './usePeople';

const PAGE_LOAD = { timeout: 5000 };
const khadija = makeListItem({ id: 'p-2', firstName: 'Khadija', lastName: 'Ait Lahcen', firstNameAr: 'خديجة', lastNameAr: 'آيت لحسن' });
const itto = makeListItem({ id: 'p-3', firstName: 'Itto', lastName: 'Ouhammou', firstNameAr: null, lastNameAr: null, enrolments: [] });

describe('the people list', () => {
  it('finds people by a search typed in Arabic, names in Arabic, right to left', async () => {
    renderApp({
      route: '/people?lang=ar',
      mocks: [
        meMock({ locale: 'AR' }),
        regionsMock,
        programOptionsMock,
        { request: { query: PeopleDocument, variables: { first: 20, filter: {} } }, result: { data: peoplePage([makeListItem(), khadija, itto], { totalCount: 240, hasNextPage: true }) } },
        { request: { query: PeopleDocument, variables: { first: 20, filter: { search: 'فاطمة' } } }, result: { data: peoplePage([makeListItem()]) } },
      ],
    });

    expect(await screen.findByText('عدد الأشخاص: 240', {}, PAGE_LOAD)).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    const list = screen.getByRole('list', { name: 'الأشخاص' });
    expect(within(list).getByRole('link', { name: 'خديجة آيت لحسن' })).toHaveAttribute('href', '/people/p-2');
    // Without an Arabic name, the Latin one.
    expect(within(list).getByRole('link', { name: 'Itto Ouhammou' })).toHaveAttribute('href', '/people/p-3');
    expect(within(list).getAllByText('نشيطة')).toHaveLength(2);

    fireEvent.change(screen.getByRole('searchbox', { name: 'البحث بالاسم' }), { target: { value: 'فاطمة' } });
    await waitFor(() => expect(screen.getByText('عدد الأشخاص: 1')).toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'فاطمة الزهراء العمراني' })).toHaveAttribute('href', '/people/p-1');
    expect(screen.queryByRole('link', { name: 'خديجة آيت لحسن' })).not.toBeInTheDocument();
    expect(testLocation()).toBe(`/people?lang=ar&q=${encodeURIComponent('فاطمة')}`);
  });

  it('starts from the filters in the address and loads more with the cursor', async () => {
    const filter = { programId: 'pr-1', regionCode: 'MA-09' };
    renderApp({
      route: '/people?programId=pr-1&region=MA-09',
      mocks: [
        meMock(),
        regionsMock,
        programOptionsMock,
        { request: { query: PeopleDocument, variables: { first: 20, filter } }, result: { data: peoplePage([makeListItem()], { totalCount: 2, hasNextPage: true, endCursor: 'after-1' }) } },
        { request: { query: PeopleDocument, variables: { first: 20, filter, after: 'after-1' } }, result: { data: peoplePage([khadija], { totalCount: 2 }) } },
      ],
    });

    expect(await screen.findByText('Showing 1 of 2', {}, PAGE_LOAD)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Programme' })).toHaveValue('pr-1'));
    expect(screen.getByRole('combobox', { name: 'Cohort' })).toHaveValue('');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Khadija Ait Lahcen' })).toBeInTheDocument();
    expect(screen.getByText('Showing 2 of 2')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('says when nobody matches, and clears the filters', async () => {
    renderApp({
      route: '/people?gender=M',
      mocks: [
        meMock(),
        regionsMock,
        programOptionsMock,
        { request: { query: PeopleDocument, variables: { first: 20, filter: { gender: 'M' } } }, result: { data: peoplePage([]) } },
        { request: { query: PeopleDocument, variables: { first: 20, filter: {} } }, result: { data: peoplePage([itto]) } },
      ],
    });
    expect(await screen.findByText('No one matches this search.', {}, PAGE_LOAD)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(await screen.findByRole('link', { name: 'Itto Ouhammou' })).toBeInTheDocument();
    expect(testLocation()).toBe('/people');
  });

  it('reports a failure with a retry', async () => {
    renderApp({
      route: '/people',
      mocks: [
        meMock(),
        regionsMock,
        programOptionsMock,
        { request: { query: PeopleDocument, variables: { first: 20, filter: {} } }, error: new Error('Failed to fetch') },
        { request: { query: PeopleDocument, variables: { first: 20, filter: {} } }, result: { data: peoplePage([itto]) } },
      ],
    });
    const alert = await screen.findByRole('alert', {}, PAGE_LOAD);
    expect(alert).toHaveTextContent("We couldn't load the people.");
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Itto Ouhammou' })).toBeInTheDocument();
  });

  it('is not a screen for entrepreneurs', async () => {
    renderApp({ route: '/people', mocks: [meMock({ role: 'ENTREPRENEUR' })] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Not available' }, PAGE_LOAD)).toBeInTheDocument();
  });
});
