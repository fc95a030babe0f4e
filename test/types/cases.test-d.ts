import { describe, expectTypeOf, it } from 'vitest';
import type {
  Case,
  CaseStatus,
  NonComplianceEvent,
  OpenCaseInput,
  Tracer,
  TracerEvent,
} from '../../src/index.js';

describe('case types', () => {
  it('types each event by its name', () => {
    const tracer = {} as Tracer;
    tracer.on('non-compliance', (e) => expectTypeOf(e).toEqualTypeOf<NonComplianceEvent>());
    // @ts-expect-error no such event
    tracer.on('breach', () => undefined);
    expectTypeOf<Tracer['checkCases']>().returns.resolves.toEqualTypeOf<TracerEvent[]>();
  });

  it('returns cases with a status from the machine', () => {
    expectTypeOf<Tracer['openCase']>().returns.resolves.toEqualTypeOf<Case>();
    expectTypeOf<Case['status']>().toEqualTypeOf<CaseStatus>();
    // @ts-expect-error HIPAA is not a law a case is made under
    const input: OpenCaseInput = { sourceId: 's', subjectId: 'x', law: 'HIPAA', requests: ['access'] };
    void input;
  });
});
