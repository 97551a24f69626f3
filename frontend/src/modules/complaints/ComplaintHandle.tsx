import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { ErrorReason } from '@rafiq/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplaintItem_ComplaintFragment, ComplaintStatus } from '../../gql/graphql';
import { ConflictDialog, failureKey, inputProblems, isConflict } from '../errors';
import { AssignComplaintDocument, ComplaintAssigneesDocument, DecideComplaintDocument } from './queries';

type Field = 'assigneeId' | 'status' | 'decision';
const FIELDS: readonly Field[] = ['assigneeId', 'status', 'decision'];

/**
 * Handling an open complaint: assign it (admins, leads), decide it (they and its assignee).
 * Errors are shown under the field they name; CONFLICT (someone else changed it) offers a reload.
 */
export function ComplaintHandle({
  complaint: c,
  canAssign,
  canDecide,
  onReload,
}: {
  complaint: ComplaintItem_ComplaintFragment;
  canAssign: boolean;
  canDecide: boolean;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('complaints');
  const { t: tc } = useTranslation();
  const [loadAssignees, assignees] = useLazyQuery(ComplaintAssigneesDocument, { fetchPolicy: 'network-only' });
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [assign, assigning] = useMutation(AssignComplaintDocument);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [decision, setDecision] = useState('');
  const [decide, deciding] = useMutation(DecideComplaintDocument);
  const [errors, setErrors] = useState<Partial<Record<Field, ErrorReason>>>({});
  const [failure, setFailure] = useState<ReturnType<typeof failureKey> | null>(null);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const open = c.status === 'RECEIVED' || c.status === 'IN_REVIEW';
  if (!open) return null;

  const failed = (error: unknown) => {
    if (isConflict(error)) {
      setConflict(true);
      return;
    }
    const problems = inputProblems(error, FIELDS);
    if (problems.length) setErrors(Object.fromEntries(problems.map((p) => [p.field, p.reason])));
    else setFailure(failureKey(error));
  };
  const run = async (action: () => Promise<unknown>) => {
    setErrors({});
    setFailure(null);
    try {
      await action();
    } catch (error) {
      failed(error);
    }
  };
  const shown = (field: Field) => {
    const reason = errors[field];
    return reason ? tc(`errors.reasons.${reason}`) : undefined;
  };

  return (
    <Stack gap="xs">
      {canAssign ? (
        <Group align="flex-end" gap="xs" wrap="wrap">
          <Select
            label={t('handle.assignee')}
            value={assigneeId}
            onChange={(v) => setAssigneeId(v === null ? null : String(v))}
            onDropdownOpen={() => void loadAssignees({ variables: { id: c.id } }).catch(() => undefined)}
            data={(assignees.data?.complaintAssignees ?? []).map((u) => ({ value: String(u.id), label: u.displayName }))}
            nothingFoundMessage={tc('common.loading')}
            error={shown('assigneeId')}
            style={{ minWidth: 220 }}
          />
          <Button
            disabled={!assigneeId}
            loading={assigning.loading}
            onClick={() => void run(() => assign({ variables: { input: { id: c.id, version: c.version, assigneeId: assigneeId! } } }))}
          >
            {t('handle.assign')}
          </Button>
        </Group>
      ) : null}
      {canDecide ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const missing: Partial<Record<Field, ErrorReason>> = {};
            if (!outcome) missing.status = ErrorReason.REQUIRED;
            if (!decision.trim()) missing.decision = ErrorReason.REQUIRED;
            if (Object.keys(missing).length) {
              setFailure(null);
              setErrors(missing);
              return;
            }
            void run(() =>
              decide({ variables: { input: { id: c.id, version: c.version, status: outcome as ComplaintStatus, decision } } }),
            );
          }}
        >
          <Stack gap="xs">
            <Select
              label={t('handle.outcome')}
              required
              value={outcome}
              onChange={(v) => setOutcome(v === null ? null : String(v))}
              data={(['RESOLVED', 'REJECTED', 'REFERRED'] as ComplaintStatus[]).map((s) => ({ value: s, label: t(`status.${s}`) }))}
              error={shown('status')}
            />
            <Textarea
              label={t('handle.decision')}
              description={t('handle.decisionHelp')}
              required
              autosize
              minRows={2}
              value={decision}
              onChange={(e) => setDecision(e.currentTarget.value)}
              error={shown('decision')}
            />
            <Group>
              <Button type="submit" loading={deciding.loading}>
                {t('handle.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
      {failure ? (
        <Alert color="red" role="alert">
          {tc(failure)}
        </Alert>
      ) : null}
      <ConflictDialog
        opened={conflict}
        reloading={reloading}
        onCancel={() => setConflict(false)}
        onReload={() => {
          setReloading(true);
          void onReload()
            .catch(() => undefined)
            .finally(() => {
              setReloading(false);
              setConflict(false);
              setErrors({});
            });
        }}
      />
    </Stack>
  );
}
