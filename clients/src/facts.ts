// Facts the README states about the seed data, checked on the answers of its operations.
import assert from 'node:assert/strict';

type Check = (data: any) => void;

const all = (xs: unknown[] | undefined) => xs ?? [];

export const readmeFacts: Record<string, Check> = {
  // "The United States mediated two meetings: … and the Washington summit of 8 August 2025, with its three commitments."
  MediatorMeetings: (data) => {
    const meetings = data.resolveActors.flatMap((a: any) => a.mediatedEvents.nodes);
    assert.equal(meetings.length, 2, 'the United States mediated two meetings');
    const summit = meetings.find((m: any) => m.start?.edtf === '2025-08-08');
    assert.ok(summit, 'one of them is the Washington summit of 8 August 2025');
    assert.equal(summit.commitments.length, 3, 'the summit has three commitments');
  },
  // "\"Baku\" gives the Government of Azerbaijan, \"pashinian\" gives Nikol Pashinyan."
  NamesAsSourcesWriteThem: (data) => {
    assert.ok(data.baku.some((a: any) => /government/i.test(a.name) && /azerbaijan/i.test(a.name)), 'Baku: the Government of Azerbaijan');
    assert.ok(data.pashinian.some((a: any) => a.name === 'Nikol Pashinyan'), 'pashinian: Nikol Pashinyan');
  },
  // "The 2023 joint statement hoped for a peace treaty … (deadline 2023, latest day 2023-12-31); it is still ANNOUNCED, so it is overdue."
  OverdueCommitments: (data) => {
    const treaty = data.commitments.nodes.find((c: any) => /peace treaty/i.test(c.description));
    assert.ok(treaty, 'the peace-treaty commitment is overdue on 2024-06-01');
    assert.equal(treaty.deadline.edtf, '2023');
    assert.equal(treaty.deadline.latest, '2023-12-31');
    assert.equal(treaty.status, 'ANNOUNCED');
    assert.equal(treaty.overdue, true);
  },
  FirstFivePeople: (data) => {
    assert.equal(data.actors.nodes.length, Math.min(5, data.actors.totalCount), 'a page of five people');
  },
  LastFivePeople: (data) => {
    assert.ok(data.actors.nodes.length <= 5 && data.actors.nodes.length > 0, 'the last five people');
  },
  SearchPeaceTreaty: (data) => {
    assert.ok(data.search.totalCount > 0, 'search finds "peace treaty"');
  },
  CreateMinistry: (data) => {
    const actor = data.createActor.actor;
    assert.match(actor.id, /\S/);
    assert.equal(actor.version, 0);
    assert.deepEqual(all(actor.names).map((n: any) => [n.value, n.kind]), [['MFA Armenia', 'SHORT']]);
  },
  // The peace-treaty commitment was made on 2023-12-07 and is still ANNOUNCED.
  StatusAsOf: (data) => {
    assert.equal(data.commitment.status, 'ANNOUNCED');
    assert.equal(data.commitment.end2023, 'ANNOUNCED');
    assert.equal(data.commitment.mid2024, 'ANNOUNCED');
  },
  Import: (data) => {
    assert.ok(data.importDossier.created >= 3, 'a new dossier creates its source, actor and event');
  },
};

/** Checks what the README says about this operation's answer (and that there is one). */
export function checkFacts(name: string, data: any): void {
  assert.ok(data && typeof data === 'object', `${name} returned data`);
  readmeFacts[name]?.(data);
}
