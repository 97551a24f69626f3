import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EnrolmentStatus } from '../../gql/graphql';
import { STATUS_COLORS } from './personEnums';

export function EnrolmentStatusBadge({ status }: { status: EnrolmentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" radius="sm">
      {t(`enrolment.status.${status}`)}
    </Badge>
  );
}
