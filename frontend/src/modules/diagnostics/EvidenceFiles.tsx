import { useApolloClient, useMutation } from '@apollo/client/react';
import { ActionIcon, Anchor, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureKey } from '../errors';
import { RemoveDiagnosticEvidenceDocument } from './queries';

export const EVIDENCE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
export const MAX_EVIDENCE_FILES = 5;

export interface EvidenceFile {
  id: string;
  fileName: string;
}

/** What is wrong with a file before sending it (the server checks again), as a key of `evidence.*`. */
export function evidenceProblem(file: { type: string; size: number }, count: number): 'badType' | 'tooBig' | 'tooMany' | null {
  if (count >= MAX_EVIDENCE_FILES) return 'tooMany';
  if (!EVIDENCE_TYPES.includes(file.type)) return 'badType';
  if (file.size > MAX_EVIDENCE_BYTES || file.size === 0) return 'tooBig';
  return null;
}

/** The `evidence.*` key of a refused upload. */
export function uploadFailure(status: number, reason: string | undefined): 'badType' | 'tooBig' | 'tooMany' | 'readOnly' | 'failed' {
  if (status === 415) return 'badType';
  if (status === 413) return 'tooBig';
  if (status === 400 && reason === 'TOO_LONG') return 'tooMany';
  if (status === 400 && reason === 'NOT_ALLOWED') return 'readOnly';
  return 'failed';
}

/**
 * The evidence files of one answer (a photo of the members register, a PDF): download links, and
 * on a draft an upload button and a remove button per file.
 */
export function EvidenceFiles({
  diagnosticId,
  questionKey,
  files,
  editable,
  labelId,
}: {
  diagnosticId: string;
  questionKey: string;
  files: EvidenceFile[];
  editable: boolean;
  labelId?: string;
}) {
  const { t } = useTranslation('diagnostics');
  const { t: tc } = useTranslation();
  const client = useApolloClient();
  const [remove] = useMutation(RemoveDiagnosticEvidenceDocument);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const reload = () => client.refetchQueries({ include: ['Diagnostic'] });

  async function send(file: File | null) {
    if (!file) return;
    const problem = evidenceProblem(file, files.length);
    if (problem) return setMessage({ text: t(`evidence.${problem}`), error: true });
    setBusy(true);
    setMessage(null);
    try {
      const res = await fetch(`/api/diagnostics/${diagnosticId}/evidence/${questionKey}?fileName=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { 'content-type': file.type },
        body: file,
        credentials: 'same-origin',
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { error?: { reason?: string } };
        setMessage({ text: t(`evidence.${uploadFailure(res.status, body.error?.reason)}`), error: true });
        return;
      }
      await reload();
      setMessage({ text: t('evidence.added', { name: file.name }), error: false });
    } catch {
      setMessage({ text: t('evidence.failed'), error: true });
    } finally {
      setBusy(false);
    }
  }

  async function drop(file: EvidenceFile) {
    setMessage(null);
    try {
      await remove({ variables: { id: file.id } });
      await reload();
      setMessage({ text: t('evidence.removed', { name: file.fileName }), error: false });
    } catch (e) {
      setMessage({ text: tc(failureKey(e)), error: true });
    }
  }

  if (!editable && !files.length) return null;
  return (
    <Stack gap={4} mt="xs">
      <Text size="sm" fw={500} id={labelId ? `${labelId}-files` : undefined}>
        {t('evidence.title')}
      </Text>
      {files.length ? (
        <Stack component="ul" gap={2} m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('evidence.title')}>
          {files.map((f) => (
            <Group component="li" key={f.id} gap="xs" wrap="nowrap">
              <Anchor href={`/api/diagnostics/evidence/${f.id}`} size="sm" dir="auto" style={{ overflowWrap: 'anywhere' }}>
                {f.fileName}
              </Anchor>
              {editable ? (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="sm"
                  aria-label={t('evidence.remove', { name: f.fileName })}
                  onClick={() => void drop(f)}
                >
                  ×
                </ActionIcon>
              ) : null}
            </Group>
          ))}
        </Stack>
      ) : null}
      {editable ? (
        <Group gap="xs" wrap="wrap">
          <FileButton onChange={(file) => void send(file)} accept={EVIDENCE_TYPES.join(',')}>
            {(props) => (
              <Button {...props} variant="light" size="compact-sm" loading={busy} disabled={files.length >= MAX_EVIDENCE_FILES}>
                {t('evidence.add')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {t('evidence.hint')}
          </Text>
        </Group>
      ) : null}
      <Text size="xs" c={message?.error ? 'red' : 'teal.8'} role={message?.error ? 'alert' : 'status'} aria-live="polite">
        {message?.text ?? ''}
      </Text>
    </Stack>
  );
}
