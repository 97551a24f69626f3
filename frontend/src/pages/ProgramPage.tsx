import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../app/usePageTitle';
import { isNotFound } from '../modules/errors';
import { ProgramDetails, useProgram } from '../modules/programs';
import { CohortPanel } from '../modules/diagnostics';
import { Stack } from '@mantine/core';
import { ErrorState, LoadingState } from '../ui';
import { NotFoundView } from './NotFoundView';

export function ProgramPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useProgram(id);
  const program = data?.program;
  usePageTitle(program?.name ?? t('programs.details.title'));

  if (program)
    return (
      <Stack gap="lg" maw={960}>
        <ProgramDetails program={program} />
        <CohortPanel filter={{ programId: program.id }} />
      </Stack>
    );
  if (error && isNotFound(error))
    return <NotFoundView title={t('programs.details.notFound')} backTo="/programs" backLabel={t('programs.details.back')} />;
  if (error)
    return (
      <ErrorState
        message={t('programs.details.loadError')}
        retryLabel={t('common.retry')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  return <LoadingState label={t('common.loading')} />;
}
