import { Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../ui';

export function UnexpectedError() {
  const { t } = useTranslation();
  return (
    <Container component="main" id="main-content" size="sm" py="xl">
      <ErrorState message={t('errors.unexpected')} />
    </Container>
  );
}
