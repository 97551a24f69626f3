import { evidenceProblem, MAX_EVIDENCE_BYTES, uploadFailure } from './EvidenceFiles';

describe('evidence files', () => {
  it('refuses before sending what the server would refuse: type, size, count', () => {
    expect(evidenceProblem({ type: 'image/jpeg', size: 1000 }, 0)).toBeNull();
    expect(evidenceProblem({ type: 'application/pdf', size: MAX_EVIDENCE_BYTES }, 4)).toBeNull();
    expect(evidenceProblem({ type: 'image/heic', size: 1000 }, 0)).toBe('badType');
    expect(evidenceProblem({ type: 'image/png', size: MAX_EVIDENCE_BYTES + 1 }, 0)).toBe('tooBig');
    expect(evidenceProblem({ type: 'image/png', size: 0 }, 0)).toBe('tooBig');
    expect(evidenceProblem({ type: 'image/png', size: 10 }, 5)).toBe('tooMany');
  });

  it('explains a refused upload by its status and reason', () => {
    expect(uploadFailure(415, 'INVALID_VALUE')).toBe('badType');
    expect(uploadFailure(413, 'TOO_LONG')).toBe('tooBig');
    expect(uploadFailure(400, 'TOO_LONG')).toBe('tooMany');
    expect(uploadFailure(400, 'NOT_ALLOWED')).toBe('readOnly');
    expect(uploadFailure(404, 'NOT_FOUND')).toBe('failed');
  });
});
